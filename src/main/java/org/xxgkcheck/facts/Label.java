package org.xxgkcheck.facts;

/**
 * A row or column label of a statistical table as printed, and how it relates to the template:
 * "canonical" (same after normalising spaces, brackets and quotes), "alias" (a known variant such as 结果维护 or
 * 其他法律法规禁止公开, listed in rules/templates/) or "loose" (recognised only by its key words).
 */
public final class Label {
    private final String table;
    private final String tableName;
    private final String key;
    private final boolean column;
    private final String printed;
    private final String status;
    private final String canonical;
    private final int part;
    private final int line;

    public Label(String table, String tableName, String key, boolean column, String printed, String status,
                 String canonical, int part, int line) {
        this.table = table;
        this.tableName = tableName;
        this.key = key;
        this.column = column;
        this.printed = printed;
        this.status = status;
        this.canonical = canonical;
        this.part = part;
        this.line = line;
    }

    public String getTable() { return table; }
    /** The table's name in the template: 表二, 表三, 表四. */
    public String getTableName() { return tableName; }
    /** The template key of the row or column (DENY_2, KEEP…). */
    public String getKey() { return key; }
    /** A column label (表头) rather than a row label. */
    public boolean isColumn() { return column; }
    public String getPrinted() { return printed; }
    public String getStatus() { return status; }
    public int getPart() { return part; }
    public int getLine() { return line; }
    /** The template's wording of this label. */
    public String getCanonical() { return canonical; }

    @Override public String toString() { return "Label(" + table + "." + key + ", " + printed + ", " + status + ")"; }
}
