package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.template.Labels;

/**
 * Reads text exported from Word: every table cell on its own line after a tab, rows separated by blank lines,
 * an empty cell as a lone tab, long cells wrapped onto continuation lines without the tab ("\t商业" then "企业").
 * Tab-separated rows (a whole row on one line) are read too, and a text that lost its line breaks gets them back
 * first ({@link FlatText}).
 */
public final class WordTextReader {
    private WordTextReader() {}

    /** A wrapped label continues a cell; a longer line without a tab is a paragraph. */
    private static final int MAX_CONTINUATION = 60;

    public static Document read(String text, Headings headings) {
        // A report pasted without its line breaks is cut into lines again before anything else.
        String[] lines = Lines.split(FlatText.restore(text, headings));
        List<Document.Artifact> artifacts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) lines[i] = Artifacts.strip(lines[i], i + 1, artifacts);

        List<Document.Block> blocks = new ArrayList<>();
        TableBuilder table = null;
        boolean blankSinceCell = false;
        for (int i = 0; i < lines.length; i++) {
            Stop.check();
            String line = lines[i];
            int lineNo = i + 1;
            if (isTabRow(line)) {
                // A whole row on one line, cells split by tabs (tables copied from a page or a spreadsheet).
                if (table == null) table = new TableBuilder(lineNo);
                table.endRow();
                for (String cell : line.split("\t", -1)) table.cell(cell, lineNo);
                table.endRow();
                blankSinceCell = false;
            } else if (line.startsWith("\t")) {
                if (table == null) table = new TableBuilder(lineNo);
                if (blankSinceCell) table.endRow();
                table.cell(line.substring(1), lineNo);
                blankSinceCell = false;
            } else if (Labels.trim(line).isEmpty()) {
                if (table != null) blankSinceCell = true;
            } else if (titlesTabRows(lines, i, headings)) {
                // a block title such as "第二十条第（一）项" over tab-separated rows: a row of one cell
                if (table == null) table = new TableBuilder(lineNo);
                table.endRow();
                table.cell(line, lineNo);
                table.endRow();
            } else if (table != null && continuesCell(lines, i, blankSinceCell, headings)) {
                table.continueCell(line, lineNo);
                blankSinceCell = false;
            } else {
                if (table != null) {
                    blocks.add(table.build());
                    table = null;
                    blankSinceCell = false;
                }
                blocks.add(new Document.Text(Labels.trim(line), lineNo));
            }
        }
        if (table != null) blocks.add(table.build());
        return new Document(blocks, artifacts);
    }

    /** Word's export puts one cell on a line after a single tab; a line with more tabs than that is a whole row. */
    static boolean isTabRow(String line) {
        String body = line.startsWith("\t") ? line.substring(1) : line;
        return body.indexOf('\t') >= 0 && !body.isBlank();
    }

    /** A short line, not a part heading, that the next non-blank line follows with a tab-separated row. */
    private static boolean titlesTabRows(String[] lines, int i, Headings headings) {
        String line = Labels.trim(lines[i]);
        if (line.length() > 30 || headings.looksLikePartHeading(line)) return false;
        for (int j = i + 1; j < lines.length; j++) {
            if (Labels.trim(lines[j]).isEmpty()) continue;
            return isTabRow(lines[j]) && !lines[j].startsWith("\t");
        }
        return false;
    }

    /**
     * A line without a tab inside a table is the rest of a wrapped cell when it is short, is not a part heading,
     * and either follows the cell directly or is followed by more cells.
     */
    private static boolean continuesCell(String[] lines, int i, boolean afterBlank, Headings headings) {
        String line = Labels.trim(lines[i]);
        if (line.length() > MAX_CONTINUATION || headings.looksLikePartHeading(line)) return false;
        if (!afterBlank && line.length() <= 30) return true;
        for (int j = i + 1; j < lines.length; j++) {
            String next = Labels.trim(lines[j]);
            if (lines[j].startsWith("\t")) return true;
            if (next.isEmpty()) continue;
            // more wrapped label text ("(六)其" then "他处理") before the next cell
            if (next.length() > 30 || headings.looksLikePartHeading(next)) return false;
        }
        return false;
    }

    /** Collects cells into rows; a blank line followed by a new cell starts the next row. */
    private static final class TableBuilder {
        private final int line;
        private final List<Document.Row> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private int rowLine;

        TableBuilder(int line) { this.line = line; }

        void cell(String text, int lineNo) {
            if (cells.isEmpty()) rowLine = lineNo;
            cells.add(text);
        }

        /**
         * The rest of the open row's last cell; when the row has none yet (a whole tab-separated row was just
         * closed), the line is a cell of its own.
         */
        void continueCell(String text, int lineNo) {
            if (cells.isEmpty()) {
                cell(text, lineNo);
                return;
            }
            int k = cells.size() - 1;
            cells.set(k, cells.get(k) + text);
        }

        void endRow() {
            if (!cells.isEmpty()) rows.add(new Document.Row(List.copyOf(cells), rowLine));
            cells = new ArrayList<>();
        }

        Document.Grid build() {
            endRow();
            return new Document.Grid(List.copyOf(rows), line);
        }
    }
}
