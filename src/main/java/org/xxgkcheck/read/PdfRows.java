package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The value rows of a PDF table: numbers grouped by baseline band, with the label groups attached to them. */
final class PdfRows {
    private final List<List<PdfTable.Placed>> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final Map<Integer, List<PdfTable.Group>> labels = new HashMap<>();
    private float valueLeft = Float.MAX_VALUE;
    private float firstTop = Float.MAX_VALUE;

    PdfRows(List<PdfText.Line> tableLines) {
        for (PdfText.Line l : tableLines) {
            for (PdfText.Piece p : l.pieces()) {
                if (!p.value()) continue;
                PdfTable.Placed placed = new PdfTable.Placed(p, l.gy() + p.y() - l.y(), PdfTable.code(l));
                int r = band(placed);
                if (r < 0) {
                    rows.add(new ArrayList<>());
                    lines.add(placed.line());
                    r = rows.size() - 1;
                }
                rows.get(r).add(placed);
                valueLeft = Math.min(valueLeft, p.x0());
                firstTop = Math.min(firstTop, placed.top());
            }
        }
        mergeSplitRows(numberedLabels(tableLines));
    }

    /** Centres of label pieces that start a template item ("（二）", "3.", "一、"), left of the values. */
    private List<PdfTable.Placed> numberedLabels(List<PdfText.Line> tableLines) {
        List<PdfTable.Placed> out = new ArrayList<>();
        for (PdfText.Line l : tableLines) {
            for (PdfText.Piece p : l.pieces()) {
                if (!p.value() && p.x1() <= valueLeft && PdfTable.startsItem(p.text())) {
                    out.add(new PdfTable.Placed(p, l.gy() + p.y() - l.y(), PdfTable.code(l)));
                }
            }
        }
        return out;
    }

    /**
     * One table row printed on two baselines (a cell aligned to the top beside cells centred vertically, as
     * LibreOffice prints Word tables) is joined back: neighbouring rows whose numbers stand in different
     * columns, close together, of which at most one has its own numbered label.
     */
    private void mergeSplitRows(List<PdfTable.Placed> numbered) {
        for (int i = 0; i + 1 < rows.size(); i++) {
            List<PdfTable.Placed> a = rows.get(i);
            List<PdfTable.Placed> b = rows.get(i + 1);
            float fs = Math.max(fs(i), fs(i + 1));
            boolean close = Math.abs(center(i + 1) - center(i)) <= 2.2f * fs;
            if (close && disjoint(a, b) && !(labelled(i, numbered) && labelled(i + 1, numbered))) {
                a.addAll(b);
                rows.remove(i + 1);
                lines.set(i, Math.min(lines.get(i), lines.remove(i + 1)));
                i--;
            }
        }
    }

    private static boolean disjoint(List<PdfTable.Placed> a, List<PdfTable.Placed> b) {
        for (PdfTable.Placed p : a) {
            for (PdfTable.Placed q : b) {
                if (p.piece().x0() < q.piece().x1() && q.piece().x0() < p.piece().x1()) return false;
            }
        }
        return true;
    }

    private boolean labelled(int r, List<PdfTable.Placed> numbered) {
        for (PdfTable.Placed p : numbered) {
            if (Math.abs(p.center() - center(r)) <= 0.5f * Math.max(p.piece().fs(), fs(r))) return true;
        }
        return false;
    }

    int size() { return rows.size(); }
    float valueLeft() { return valueLeft; }
    float firstTop() { return firstTop; }
    int line(int r) { return lines.get(r); }

    float center(int r) {
        return (float) rows.get(r).stream().mapToDouble(PdfTable.Placed::center).average().orElse(0);
    }

    private float fs(int r) {
        return (float) rows.get(r).stream().mapToDouble(p -> p.piece().fs()).max().orElse(10);
    }

    /** The row whose band (half an em around its centre line) holds the piece, or -1. */
    int band(PdfTable.Placed p) {
        int best = -1;
        float bestD = Float.MAX_VALUE;
        for (int r = 0; r < rows.size(); r++) {
            float d = Math.abs(p.center() - center(r));
            if (d <= 0.5f * Math.max(p.piece().fs(), fs(r)) && d < bestD) {
                best = r;
                bestD = d;
            }
        }
        return best;
    }

    /** The row a label group stands beside: the closest one whose cell it can share (gap under 1.2 em), or -1. */
    int nearest(PdfTable.Group g) {
        int best = -1;
        float bestD = Float.MAX_VALUE;
        float mid = (g.top() + g.bottom()) / 2;
        for (int r = 0; r < rows.size(); r++) {
            float top = (float) rows.get(r).stream().mapToDouble(PdfTable.Placed::top).min().orElse(0);
            float bottom = (float) rows.get(r).stream().mapToDouble(PdfTable.Placed::bottom).max().orElse(0);
            float gap = Math.max(0, Math.max(top - g.bottom(), g.top() - bottom));
            float d = Math.abs(mid - center(r));
            if (gap <= 1.2f * Math.max(fs(r), g.last().piece().fs()) && d < bestD) {
                best = r;
                bestD = d;
            }
        }
        return best;
    }

    void attach(int r, PdfTable.Group g) { labels.computeIfAbsent(r, k -> new ArrayList<>()).add(g); }

    /** The grid: items in order; value columns found per run of rows between header rows. */
    Document.Grid assemble(List<PdfTable.Item> items, int gridLine) {
        Map<Integer, PdfColumns> columns = new HashMap<>();
        List<Integer> run = new ArrayList<>();
        for (PdfTable.Item it : items) {
            if (it.breaksRun()) closeRun(run, columns);
            if (it.row() >= 0) run.add(it.row());
        }
        closeRun(run, columns);
        List<Document.Row> out = new ArrayList<>();
        for (PdfTable.Item it : items) {
            if (it.row() < 0) {
                out.add(new Document.Row(List.copyOf(it.labels()), it.line()));
                continue;
            }
            List<String> cells = new ArrayList<>();
            List<PdfTable.Group> groups = new ArrayList<>(labels.getOrDefault(it.row(), List.of()));
            groups.sort(Comparator.comparingDouble((PdfTable.Group g) -> g.parts.get(0).piece().x0()).thenComparingDouble(PdfTable.Group::top));
            for (PdfTable.Group g : groups) cells.add(g.text());
            cells.addAll(columns.get(it.row()).cells(rows.get(it.row()).stream().map(PdfTable.Placed::piece).toList()));
            out.add(new Document.Row(List.copyOf(cells), it.line()));
        }
        return new Document.Grid(List.copyOf(out), gridLine);
    }

    private void closeRun(List<Integer> run, Map<Integer, PdfColumns> columns) {
        if (run.isEmpty()) return;
        PdfColumns c = new PdfColumns(run.stream().map(r -> rows.get(r).stream().map(PdfTable.Placed::piece).toList()).toList());
        for (int r : run) columns.put(r, c);
        run.clear();
    }
}
