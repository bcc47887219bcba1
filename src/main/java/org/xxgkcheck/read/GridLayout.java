package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out table cells with rowspan and colspan on a grid, so every row lists its label cells followed by its
 * value cells: a spanned cell is its text followed by empty cells for the extra columns, and rows covered by a
 * rowspan get an empty cell where it stands.
 */
final class GridLayout {
    private GridLayout() {}

    /** One cell as written: text, spans (at least 1). */
    record SpanCell(String text, int rowspan, int colspan) {}

    /** Spans are clamped so a hostile colspan="100000" cannot blow the grid up. */
    static final int MAX_COLUMNS = 256;

    /**
     * One pass over the rows, keeping per column how many rows (this one included) a rowspan from above still
     * covers: the work is rows × columns whatever the spans say, so rowspan="999" on every cell costs nothing extra.
     */
    static List<List<String>> layout(List<List<SpanCell>> rows) {
        List<List<String>> out = new ArrayList<>();
        int[] covered = new int[MAX_COLUMNS];
        for (int r = 0; r < rows.size(); r++) {
            Stop.check();
            List<String> row = new ArrayList<>();
            int[] next = new int[MAX_COLUMNS];
            for (int c = 0; c < MAX_COLUMNS; c++) next[c] = Math.max(0, covered[c] - 1);
            int c = 0;
            for (SpanCell cell : rows.get(r)) {
                while (c < MAX_COLUMNS && covered[c] > 0) {
                    row.add("");
                    c++;
                }
                int cs = Math.max(1, Math.min(cell.colspan(), MAX_COLUMNS - c));
                int rs = Math.max(1, Math.min(cell.rowspan(), rows.size() - r));
                if (c >= MAX_COLUMNS) break;
                row.add(cell.text());
                for (int k = 1; k < cs; k++) row.add("");
                for (int k = 0; k < cs; k++) next[c + k] = Math.max(next[c + k], rs - 1);
                c += cs;
            }
            // A rowspan from above may also cover the end of this row.
            while (c < MAX_COLUMNS && covered[c] > 0) {
                row.add("");
                c++;
            }
            out.add(row);
            covered = next;
        }
        return out;
    }
}
