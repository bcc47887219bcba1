package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Value columns of a block of table rows, found from where the numbers stand: numbers whose horizontal
 * centres lie close together form one column. A row lacking a number in a column gets an empty cell there,
 * so a cell left blank in print keeps its place.
 */
final class PdfColumns {
    private final List<Float> centers = new ArrayList<>();
    private final Map<PdfText.Piece, Integer> columnOf = new HashMap<>();

    /** @param rows the value pieces of each row of the block */
    PdfColumns(List<List<PdfText.Piece>> rows) {
        List<PdfText.Piece> all = new ArrayList<>();
        rows.forEach(all::addAll);
        all.sort((a, b) -> Float.compare(mid(a), mid(b)));
        List<List<PdfText.Piece>> clusters = new ArrayList<>();
        for (PdfText.Piece p : all) {
            List<PdfText.Piece> last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && mid(p) - mid(last.get(last.size() - 1)) <= Math.max(p.fs(), 6f)) last.add(p);
            else clusters.add(new ArrayList<>(List.of(p)));
        }
        for (int i = 0; i < clusters.size(); i++) {
            double c = clusters.get(i).stream().mapToDouble(PdfColumns::mid).average().orElse(0);
            centers.add((float) c);
            for (PdfText.Piece p : clusters.get(i)) columnOf.put(p, i);
        }
    }

    /** The row's cells, one per column, "" where the row has no number. */
    List<String> cells(List<PdfText.Piece> row) {
        String[] cells = new String[centers.size()];
        java.util.Arrays.fill(cells, "");
        List<PdfText.Piece> sorted = new ArrayList<>(row);
        sorted.sort((a, b) -> Float.compare(a.x0(), b.x0()));
        for (PdfText.Piece p : sorted) {
            int c = columnOf.get(p);
            cells[c] = cells[c] + p.text();
        }
        return List.of(cells);
    }

    private static float mid(PdfText.Piece p) { return (p.x0() + p.x1()) / 2; }
}
