package org.xxgkcheck.findings;

import java.util.List;

/**
 * What writers that draw a report need beyond its result (the HTML page): its statistical tables as read, and the
 * paragraphs its findings point at. Carried beside the result, never printed in JSON (CONTRACT.md is unchanged).
 *
 * @param tables   表二, 表三, 表四 in template order
 * @param passages the paragraphs at the places of the findings, one per place that names a single paragraph
 */
public record Snapshot(List<Grid> tables, List<Passage> passages) {

    public static final Snapshot NONE = new Snapshot(List.of(), List.of());

    /**
     * One statistical table as read: its rows in template order, each with the template's columns for it.
     *
     * @param found    the table was found in the report
     * @param readable every template cell was read (the arithmetic rules ran)
     * @param reason   why it was not read, in Chinese, or ""
     */
    public record Grid(String table, String name, boolean found, boolean readable, String reason, List<Row> rows) {}

    /**
     * A row of a table: template key and label, the block it is printed under (表二's 第二十条第（一）项, or null), and
     * its cells in printed order.
     */
    public record Row(String key, String label, String block, List<Cell> cells) {}

    /** A cell: column key and label, the text as printed, and whether it was read at all (raw is then null). */
    public record Cell(String column, String label, String raw) {
        public boolean read() { return raw != null; }

        /** The key a finding names the cell by: table.row.column, as {@link Finding#cells()}. */
        public static String key(String table, String row, String column) {
            return table + "." + row + "." + column;
        }
    }

    /** The text of the paragraph at a place (part null: before part 一). */
    public record Passage(Integer part, int line, String text) {}

    /** The paragraph at a finding's part and line, or null. */
    public String passage(Integer part, Integer line) {
        if (line == null) return null;
        for (Passage p : passages) {
            if (p.line() == line && (part == null || part.equals(p.part()))) return p.text();
        }
        return null;
    }
}
