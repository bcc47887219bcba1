package org.xxgkcheck.facts;

/**
 * A row or column label of a statistical table as printed, and how it relates to the template:
 * "canonical" (same after normalising spaces, brackets and quotes), "alias" (a known variant such as 结果维护 or
 * 其他法律法规禁止公开) or "loose" (recognised only by its key words).
 */
public final class Label {
    private final String table;
    private final String key;
    private final String printed;
    private final String status;
    private final int part;
    private final int line;

    public Label(String table, String key, String printed, String status, int part, int line) {
        this.table = table;
        this.key = key;
        this.printed = printed;
        this.status = status;
        this.part = part;
        this.line = line;
    }

    public String getTable() { return table; }
    /** The template key of the row or column (DENY_2, KEEP…). */
    public String getKey() { return key; }
    public String getPrinted() { return printed; }
    public String getStatus() { return status; }
    public int getPart() { return part; }
    public int getLine() { return line; }
    /** The template's wording of this label. */
    public String getCanonical() {
        String full = table.equals("T4") ? Template.columnLabel(table, "", key) : Template.rowLabel(table, key);
        return full.replaceAll("^.*·", "");
    }
}
