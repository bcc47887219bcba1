package org.xxgkcheck.facts;

/** What became of one statistical table (T2, T3 or T4): found, readable into template cells, and why not. */
public final class Table {
    private final String table;
    private final boolean found;
    private final boolean readable;
    private final boolean partFound;
    private final String template;
    private final String reason;
    private final int part;
    private final int line;
    private final boolean note;
    private final String name;

    /** @param name the table's name in the template (表二) */
    public Table(String table, boolean found, boolean readable, boolean partFound, String template,
                 String reason, int part, int line, boolean note, String name) {
        this.name = name;
        this.table = table;
        this.found = found;
        this.readable = readable;
        this.partFound = partFound;
        this.template = template;
        this.reason = reason;
        this.part = part;
        this.line = line;
        this.note = note;
    }

    /** Table 三's header carries the printed note 「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」. */
    public boolean isNote() { return note; }

    public String getTable() { return table; }
    public boolean isFound() { return found; }
    /** Every template cell was read; only then may arithmetic identities be checked. */
    public boolean isReadable() { return readable; }
    /** The part that should hold the table (二, 三 or 四) has its heading. */
    public boolean isPartFound() { return partFound; }
    /** Template variant seen in this table: 2021, 2019, hybrid (cells of both) or unknown. */
    public String getTemplate() { return template; }
    /** Chinese explanation when not readable, else "". */
    public String getReason() { return reason; }
    public int getPart() { return part; }
    public int getLine() { return line; }
    public String getName() { return name; }

    @Override public String toString() { return "Table(" + table + ", readable=" + readable + ")"; }
}
