package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/**
 * Gives lines back to a report pasted without its line breaks (the whole text, tables included, on one line):
 * part headings, sub-headings and sentences become lines again, and a table pasted as a run of labels and
 * numbers becomes tab-separated rows, which {@link WordTextReader} reads like any other table.
 */
final class FlatText {
    private FlatText() {}

    /** Shorter texts are left alone: too little to judge, and no report is that short. */
    private static final int MIN_LENGTH = 1000;
    /** Real exports break lines every hundred characters or so (a table cell, a paragraph); far fewer means lost breaks. */
    private static final int CHARS_PER_LINE = 400;
    /** Only lines this long are cut: short lines (a title kept on its own line) are already lines. */
    private static final int LONG_LINE = 300;

    /** Stands in for export debris ("[bookmark: _GoBack]") while cutting, so its inner space splits nothing. */
    private static final char DEBRIS_MARK = '\uE000';
    private static final Pattern DEBRIS = Pattern.compile("\\[bookmark:[^\\]]*\\]|\\[image:[^\\]]*\\]");

    static boolean lostLineBreaks(String text) {
        if (text.length() < MIN_LENGTH) return false;
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        return lines * CHARS_PER_LINE < text.length();
    }

    /** The text with its lines restored, or the text itself when it has its line breaks. */
    static String restore(String text, Headings headings) {
        if (!lostLineBreaks(text)) return text;
        StringBuilder out = new StringBuilder();
        boolean titleSeen = false;
        for (String line : Lines.split(text)) {
            if (line.length() < LONG_LINE) {
                out.append(line).append('\n');
                if (!line.isBlank()) titleSeen = true;
                continue;
            }
            List<String> debris = new ArrayList<>();
            Matcher m = DEBRIS.matcher(line);
            StringBuilder protectedLine = new StringBuilder();
            while (m.find()) {
                Stop.check();
                debris.add(m.group());
                m.appendReplacement(protectedLine, String.valueOf(DEBRIS_MARK));
            }
            m.appendTail(protectedLine);
            List<String> lines = cut(protectedLine.toString(), !titleSeen, headings);
            titleSeen = true;
            int d = 0;
            for (String l : lines) {
                StringBuilder restored = new StringBuilder();
                for (char c : l.toCharArray()) {
                    if (c == DEBRIS_MARK && d < debris.size()) restored.append(debris.get(d++));
                    else restored.append(c);
                }
                out.append(restored).append('\n');
            }
        }
        return out.toString();
    }

    /** One long line as lines: cut at part headings first, then each stretch between them. */
    static List<String> cut(String line, boolean startsWithTitle, Headings headings) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int[] h : PartHeadings.find(line, headings)) {
            stretch(line.substring(from, h[0]), startsWithTitle && from == 0, out);
            out.add(Labels.trim(line.substring(h[0], h[1])));
            from = h[1];
        }
        stretch(line.substring(from), startsWithTitle && from == 0, out);
        return out;
    }

    private static final Pattern TITLE = Pattern.compile(
        "^\\s*[^。，,；;：:]{2,80}?(?:年度报告|工作报告)(?:\\s*[（(]20\\d{2}年?度?[)）])?");

    /** Text between two part headings: its title (first stretch only), sentences, sub-headings and tables. */
    private static void stretch(String text, boolean title, List<String> out) {
        if (title) {
            Matcher t = TITLE.matcher(text);
            if (t.find()) {
                out.add(TextJoin.lines(List.of(t.group().split("\\s+"))));
                text = text.substring(t.end());
            }
        }
        for (String sentence : Segments.sentences(text)) {
            Stop.check();
            for (Segments.Piece p : Segments.tables(sentence)) {
                if (p.rows() == null) out.addAll(Segments.textLines(p.text()));
                else {
                    out.addAll(p.rows());
                    out.add("");     // a blank line closes the table, so the next short line is not read as a cell
                }
            }
        }
    }
}
