package org.xxgkcheck.facts;

/** A table row with numbers that is not in the template (湖北's "其他主动公开文件"): kept out of the cells. */
public final class ExtraRow {
    private final String table;
    private final String tableName;
    private final String label;
    private final int part;
    private final int line;

    public ExtraRow(String table, String tableName, String label, int part, int line) {
        this.table = table;
        this.tableName = tableName;
        this.label = label;
        this.part = part;
        this.line = line;
    }

    public String getTable() { return table; }
    /** The table's name in the template: 表二, 表三, 表四. */
    public String getTableName() { return tableName; }
    public String getLabel() { return label; }
    public int getPart() { return part; }
    public int getLine() { return line; }
}
