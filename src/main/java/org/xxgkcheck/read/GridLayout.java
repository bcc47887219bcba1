package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** A real report's widest span is a label over a table's 20-odd rows; a hostile rowspan="999" is cut to this. */
    static final int MAX_ROWSPAN = 100;

    static List<List<String>> layout(List<List<SpanCell>> rows) {
        List<List<String>> out = new ArrayList<>();
        Map<Integer, Map<Integer, Boolean>> covered = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Stop.check();
            List<String> row = new ArrayList<>();
            Map<Integer, Boolean> cover = covered.getOrDefault(r, Map.of());
            int c = 0;
            for (SpanCell cell : rows.get(r)) {
                while (cover.containsKey(c) && c < MAX_COLUMNS) {
                    row.add("");
                    c++;
                }
                int cs = Math.max(1, Math.min(cell.colspan(), MAX_COLUMNS - c));
                int rs = Math.max(1, Math.min(Math.min(cell.rowspan(), MAX_ROWSPAN), rows.size() - r));
                if (c >= MAX_COLUMNS) break;
                row.add(cell.text());
                for (int k = 1; k < cs; k++) row.add("");
                for (int dr = 1; dr < rs; dr++) {
                    Map<Integer, Boolean> below = covered.computeIfAbsent(r + dr, x -> new HashMap<>());
                    for (int k = 0; k < cs; k++) below.put(c + k, true);
                }
                c += cs;
            }
            // A rowspan from above may also cover the end of this row.
            while (cover.containsKey(c) && c < MAX_COLUMNS) {
                row.add("");
                c++;
            }
            out.add(row);
        }
        return out;
    }
}
