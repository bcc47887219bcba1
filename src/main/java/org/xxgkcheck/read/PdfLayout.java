package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.template.Labels;

/**
 * Splits a PDF's lines into paragraphs and tables. Part headings and prose lines (one piece spanning most of
 * the text width, or ending a sentence) separate stretches of other lines; a stretch with numbers set apart in
 * columns on two or more lines is a table (PdfTable). Prose lines join into a paragraph until an indented line,
 * a short line, a heading or a change of font size. Tables and paragraphs run on across page breaks.
 */
final class PdfLayout {
    private PdfLayout() {}

    /** Body text margins and font size, from the most common values of the lines. */
    record Body(float left, float right, float fs, Headings headings) {}

    static List<Document.Block> blocks(List<PdfText.Line> lines, Headings headings) {
        Body body = body(lines, headings);
        List<Document.Block> out = new ArrayList<>();
        int i = 0;
        PdfText.Line previous = null;
        StringBuilder para = null;
        int paraLine = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && !stop(lines.get(j), body)) j++;
            List<PdfText.Line> stretch = lines.subList(i, j);
            if (j > i && table(stretch)) {
                if (para != null) out.add(new Document.Text(para.toString(), paraLine));
                para = null;
                previous = null;
                out.add(PdfTable.grid(stretch));
                i = j;
                continue;
            }
            int end = Math.max(j, i + 1);
            for (PdfText.Line l : lines.subList(i, Math.min(end, lines.size()))) {
                if (para == null || startsParagraph(previous, l, body)) {
                    if (para != null) out.add(new Document.Text(para.toString(), paraLine));
                    para = new StringBuilder();
                    paraLine = PdfTable.code(l);
                }
                TextJoin.append(para, l.text());
                previous = l;
            }
            i = end;
        }
        if (para != null) out.add(new Document.Text(para.toString(), paraLine));
        return out;
    }

    /** A part heading, or a line of running prose. */
    static boolean stop(PdfText.Line l, Body body) {
        String text = Labels.trim(l.text());
        if (l.pieces().size() != 1) return false;
        if (heading(l, body)) return true;
        boolean wide = l.x1() - l.x0() >= 0.75f * (body.right() - body.left());
        return wide || text.endsWith("。") || text.endsWith("；") || text.endsWith("！") || text.endsWith("？");
    }

    /** Two lines with numbers set apart, or one with three or more: a table, not a sentence with a number. */
    static boolean table(List<PdfText.Line> stretch) {
        int seeds = 0;
        for (PdfText.Line l : stretch) {
            if (l.values() >= 1 && l.pieces().size() >= 2) seeds++;
            if (l.values() >= 3) return true;
        }
        return seeds >= 2;
    }

    private static boolean startsParagraph(PdfText.Line prev, PdfText.Line l, Body body) {
        if (prev == null) return true;
        float fs = l.fs();
        if (heading(l, body) || heading(prev, body)) return true;
        if (Math.abs(fs - prev.fs()) > 0.15f * fs) return true;
        if (l.x0() > body.left() + 0.9f * fs) return true;
        return prev.x1() < body.right() - 2f * fs;
    }

    /** A part heading stands alone on its line; "行政复议  行政诉讼" in two cells is a table header, not part 四. */
    private static boolean heading(PdfText.Line l, Body body) {
        return l.pieces().size() == 1 && body.headings().looksLikePartHeading(Labels.trim(l.text()));
    }

    static Body body(List<PdfText.Line> lines, Headings headings) {
        float fs = mode(lines.stream().map(l -> (float) Math.round(l.fs())).toList(), lines.stream().map(l -> l.text().length()).toList());
        List<PdfText.Line> bodyLines = lines.stream().filter(l -> Math.round(l.fs()) == Math.round(fs)).toList();
        List<PdfText.Line> use = bodyLines.isEmpty() ? lines : bodyLines;
        List<Integer> ones = use.stream().map(l -> 1).toList();
        float left = mode(use.stream().map(l -> (float) Math.round(l.x0())).toList(), ones);
        float right = mode(use.stream().map(l -> (float) Math.round(l.x1())).toList(), ones);
        return new Body(left, right > left ? right : left + 400, fs, headings);
    }

    private static float mode(List<Float> values, List<Integer> weights) {
        Map<Float, Integer> count = new HashMap<>();
        for (int i = 0; i < values.size(); i++) count.merge(values.get(i), weights.get(i), Integer::sum);
        return count.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(10f);
    }
}
