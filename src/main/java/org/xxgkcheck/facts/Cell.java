package org.xxgkcheck.facts;

/**
 * One numeric cell of a statistical table under its template key (identities.md §0):
 * table T2/T3/T4, row such as NEW or RV, column such as NP or TOT.
 */
public final class Cell {
    private final String table;
    private final String row;
    private final String column;
    private final String raw;
    private final boolean blank;
    private final boolean numeric;
    private final boolean integer;
    private final long value;
    private final double amount;
    private final int part;
    private final int line;
    private final String tableName;
    private final String rowLabel;
    private final String columnLabel;

    /** @param rowLabel the template's name of the row, columnLabel of the column (rules/templates/) */
    public Cell(String table, String row, String column, String raw, Number parsed, boolean blank,
                int part, int line, String tableName, String rowLabel, String columnLabel) {
        this.tableName = tableName;
        this.rowLabel = rowLabel;
        this.columnLabel = columnLabel;
        this.table = table;
        this.row = row;
        this.column = column;
        this.raw = raw;
        this.blank = blank;
        this.numeric = parsed != null;
        this.integer = parsed != null && parsed.doubleValue() == Math.rint(parsed.doubleValue());
        this.value = parsed == null ? 0 : parsed.longValue();
        this.amount = parsed == null ? 0 : parsed.doubleValue();
        this.part = part;
        this.line = line;
    }

    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    /** row_column, as identities.md names table 二 and 四 cells (REG_MADE, RV_TOT). */
    public String getKey() { return row + "_" + column; }
    /** The cell text as printed. */
    public String getRaw() { return raw; }
    /** Printed empty or as a placeholder ("—", "/", "-", "无"); its value counts as 0. */
    public boolean isBlank() { return blank; }
    /** Blank or a number. */
    public boolean isNumeric() { return numeric || blank; }
    /** Blank or a whole number. */
    public boolean isInteger() { return integer || blank; }
    /** The count (0 when blank or unreadable; decimals truncated). */
    public long getValue() { return value; }
    /** The exact number, for amounts such as 收费金额 in 万元. */
    public double getAmount() { return amount; }
    public int getPart() { return part; }
    public int getLine() { return line; }
    /** The table's name in the template: 表二, 表三, 表四. */
    public String getTableName() { return tableName; }
    public String getRowLabel() { return rowLabel; }
    public String getColumnLabel() { return columnLabel; }

    @Override public String toString() { return table + "[" + row + "][" + column + "]=" + raw; }
}
