package org.xxgkcheck.facts;

/**
 * A row the template marks as one that may be left out (rules/templates/: “可省略 = 是”), missing from the printed
 * table: the table is still read, its cells for that row are absent rather than zero.
 */
public final class OmittedRow {
    private final String table;
    private final String tableName;
    private final String row;
    private final String label;
    private final int part;
    private final int line;

    public OmittedRow(String table, String tableName, String row, String label, int part, int line) {
        this.table = table;
        this.tableName = tableName;
        this.row = row;
        this.label = label;
        this.part = part;
        this.line = line;
    }

    public String getTable() { return table; }
    public String getTableName() { return tableName; }
    /** The template key of the row (REG). */
    public String getRow() { return row; }
    /** The template's wording of the row (规章). */
    public String getLabel() { return label; }
    public int getPart() { return part; }
    public int getLine() { return line; }

    @Override public String toString() { return "OmittedRow(" + table + "." + row + ")"; }
}
