package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header rows above a table's first numbers. Short header labels wrapped in narrow cells ("结果" over
 * "维持", "商业企" over "业") are joined, so a header cell reads as printed; each header line is a row.
 */
final class PdfHeader {
    private PdfHeader() {}

    /** Header labels up to this many ems wide count as narrow cells that may wrap. */
    private static final float NARROW = 5f;

    static List<PdfTable.Item> items(List<PdfText.Line> lines) {
        List<PdfTable.Placed> pieces = new ArrayList<>();
        for (PdfText.Line l : lines) {
            for (PdfText.Piece p : l.pieces()) pieces.add(new PdfTable.Placed(p, l.gy() + p.y() - l.y(), PdfTable.code(l)));
        }
        pieces.sort(Comparator.comparingDouble(PdfTable.Placed::gy).thenComparingDouble(p -> p.piece().x0()));
        List<PdfTable.Group> groups = new ArrayList<>();
        for (PdfTable.Placed p : pieces) {
            PdfTable.Group best = null;
            for (PdfTable.Group g : groups) {
                PdfTable.Placed last = g.last();
                float fs = Math.max(p.piece().fs(), last.piece().fs());
                float dy = p.gy() - last.gy();
                boolean narrow = width(p) <= NARROW * fs && width(last) <= NARROW * fs;
                boolean column = Math.abs(p.piece().x0() - last.piece().x0()) <= 0.5f * fs
                    || Math.abs(mid(p) - mid(last)) <= fs;
                if (narrow && column && dy > 0.3f * fs && dy <= 4f * fs && (best == null || last.gy() > best.last().gy())) best = g;
            }
            if (best == null) {
                best = new PdfTable.Group();
                groups.add(best);
            }
            best.parts.add(p);
        }
        Map<Integer, List<PdfTable.Group>> byLine = new LinkedHashMap<>();
        for (PdfTable.Group g : groups) byLine.computeIfAbsent(g.parts.get(0).line(), k -> new ArrayList<>()).add(g);
        List<PdfTable.Item> items = new ArrayList<>();
        for (Map.Entry<Integer, List<PdfTable.Group>> e : byLine.entrySet()) {
            List<PdfTable.Group> row = e.getValue();
            row.sort(Comparator.comparingDouble(g -> g.parts.get(0).piece().x0()));
            items.add(new PdfTable.Item(row.get(0).parts.get(0).center(), row.stream().map(PdfTable.Group::text).toList(),
                -1, e.getKey(), true));
        }
        return items;
    }

    private static float mid(PdfTable.Placed p) { return (p.piece().x0() + p.piece().x1()) / 2; }

    private static float width(PdfTable.Placed p) { return p.piece().x1() - p.piece().x0(); }
}
