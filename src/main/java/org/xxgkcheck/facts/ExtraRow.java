package org.xxgkcheck.facts;

/** A table row with numbers that is not in the template (湖北's "其他主动公开文件"): kept out of the cells. */
public final class ExtraRow {
    private final String table;
    private final String label;
    private final int part;
    private final int line;

    public ExtraRow(String table, String label, int part, int line) {
        this.table = table;
        this.label = label;
        this.part = part;
        this.line = line;
    }

    public String getTable() { return table; }
    public String getLabel() { return label; }
    public int getPart() { return part; }
    public int getLine() { return line; }
}
