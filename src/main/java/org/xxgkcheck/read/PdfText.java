package org.xxgkcheck.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as positioned lines: glyphs grouped into lines by baseline, each line cut into pieces
 * where a wide horizontal gap separates them (table cells, or columns of a layout).
 */
final class PdfText {
    private PdfText() {}

    record Glyph(float x, float y, float w, float fs, String text) {}

    /** A run of glyphs without a wide gap: a word group, a cell's text on one line, or a number. */
    record Piece(float x0, float x1, float y, float fs, String text) {
        float center() { return y - 0.35f * fs; }
        float top() { return y - 0.85f * fs; }
        float bottom() { return y + 0.15f * fs; }
        boolean value() { return !text.isBlank() && Numbers.parse(text).valueLike(); }
    }

    /** A line of a page: page and 1-based line number on it, baseline, continuous position, pieces left to right. */
    record Line(int page, int number, float y, float gy, List<Piece> pieces) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) TextJoin.append(sb, p.text());
            return sb.toString();
        }
        float x0() { return pieces.get(0).x0(); }
        float x1() { return pieces.get(pieces.size() - 1).x1(); }
        float fs() { return (float) pieces.stream().mapToDouble(Piece::fs).max().orElse(10); }
        float center() { return (float) pieces.stream().mapToDouble(Piece::center).average().orElse(y); }
        long values() { return pieces.stream().filter(Piece::value).count(); }
        Line at(float globalY) { return new Line(page, number, y, globalY, pieces); }
    }

    /** Lines of pages 1..maxPages, in page order, top to bottom. */
    static List<Line> lines(PDDocument doc, int maxPages) throws IOException {
        Map<Integer, List<Glyph>> pages = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                Stop.check();
                List<Glyph> page = pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>());
                for (TextPosition t : positions) {
                    String u = t.getUnicode();
                    if (u == null || u.isBlank() || t.getDir() != 0f) continue;
                    float fs = t.getFontSizeInPt() > 0.5f ? t.getFontSizeInPt() : Math.max(t.getWidthDirAdj(), 1f);
                    // Vertical-text glyphs report boxes several ems wide; no glyph is wider than 1.5 em.
                    float w = Math.min(t.getWidthDirAdj(), 1.5f * fs);
                    page.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), w, fs, u));
                }
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(maxPages);
        stripper.getText(doc);
        List<Line> lines = new ArrayList<>();
        for (int p = 1; p <= maxPages; p++) lines.addAll(pageLines(p, pages.getOrDefault(p, List.of())));
        return lines;
    }

    static List<Line> pageLines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && sameLine(last, g)) last.add(g);
            else groups.add(new ArrayList<>(List.of(g)));
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            lines.add(new Line(page, lines.size() + 1, group.get(0).y(), group.get(0).y(), pieces(group)));
        }
        return lines;
    }

    /** Same line when the baseline is within a quarter of the larger font size of the line's first glyph. */
    private static boolean sameLine(List<Glyph> line, Glyph g) {
        Glyph first = line.get(0);
        return Math.abs(g.y() - first.y()) <= 0.25f * Math.max(g.fs(), first.fs());
    }

    /** Cuts a line where the gap exceeds 0.8 em, or half an em next to a digit (numbers in cells). */
    static List<Piece> pieces(List<Glyph> line) {
        List<Piece> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Glyph start = null;
        Glyph prev = null;
        float maxFs = 0;
        for (Glyph g : line) {
            if (prev != null) {
                float gap = g.x() - (prev.x() + prev.w());
                float em = Math.min(g.fs(), prev.fs());
                boolean digit = Character.isDigit(g.text().charAt(0)) || Character.isDigit(prev.text().charAt(prev.text().length() - 1));
                if (gap > 0.8f * em || (digit && gap > 0.5f * em)) {
                    out.add(new Piece(start.x(), prev.x() + prev.w(), start.y(), maxFs, text.toString()));
                    text.setLength(0);
                    start = null;
                    maxFs = 0;
                } else if (gap > 0.3f * em && text.length() > 0 && TextJoin.latin(text.charAt(text.length() - 1))
                        && TextJoin.latin(g.text().charAt(0))) {
                    text.append(' ');
                }
            }
            if (start == null) start = g;
            text.append(g.text());
            maxFs = Math.max(maxFs, g.fs());
            prev = g;
        }
        if (start != null) out.add(new Piece(start.x(), prev.x() + prev.w(), start.y(), maxFs, text.toString()));
        return out;
    }
}
