package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/** Cuts a stretch of flattened text into sentences, table runs and sub-headed lines. */
final class Segments {
    private Segments() {}

    /** A piece of a sentence: text, or a table run already made into tab-separated rows. */
    record Piece(String text, List<String> rows) {}

    /** A sentence ends after 。；！？ and any closing quote or bracket that follows. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？!?][”’」』）)]*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B]+");
    /** A token that is prose, never a table cell. */
    private static final Pattern PROSE = Pattern.compile("[。；;！？!?]");
    private static final int MAX_CELL = 60;
    /** So few numbers are a sentence that happens to be spaced out, not a table. */
    private static final int MIN_TABLE_NUMBERS = 3;
    /**
     * Sub-headings ("（一）…", not "第（一）项"), item numbers after words ("措施1.加大…", not "第1.", "1.5"), and the
     * words after a spaced sub-heading ("（一）主动公开情况 2020年，…": the heading ends at the space).
     */
    private static final Pattern SUB_HEADING = Pattern.compile(
        "(?<!第)(?=[（(][一二三四五六七八九十]{1,2}[)）])|(?<=[^\\d第.．])(?=\\d{1,2}[.、．][^\\d\\s])"
            + "|(?<=^[（(][一二三四五六七八九十]{1,2}[)）]\\s?[^\\s，,。；;：:]{2,20})[\\s\\u00A0\\u3000]+");
    /** A date closing a stretch is the date line under the report. */
    private static final Pattern TRAILING_DATE = Pattern.compile("(?<=\\D)(20\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*$");

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(text.substring(from, m.end()));
            from = m.end();
        }
        out.add(text.substring(from));
        out.removeIf(s -> s.isBlank());
        return out;
    }

    /** Splits a sentence into its text and the runs of labels and numbers that are tables. */
    static List<Piece> tables(String sentence) {
        List<String> tokens = List.of(SPACE.split(Labels.trim(sentence)));
        List<Piece> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String t : tokens) {
            if (t.isEmpty()) continue;
            if (PROSE.matcher(t).find() || t.length() > MAX_CELL) {
                flushRun(run, text, out);
                text.add(t);
            } else {
                run.add(t);
            }
        }
        flushRun(run, text, out);
        if (!text.isEmpty()) out.add(new Piece(String.join(" ", text), null));
        return out;
    }

    private static void flushRun(List<String> run, List<String> text, List<Piece> out) {
        if (run.isEmpty()) return;
        long numbers = run.stream().filter(t -> Numbers.parse(t).number() != null).count();
        if (numbers < MIN_TABLE_NUMBERS) {
            text.addAll(run);
        } else {
            // Leading words without numbers after them up to the table are text unless they head its columns.
            if (!text.isEmpty()) out.add(new Piece(String.join(" ", text), null));
            text.clear();
            out.add(new Piece(null, FlatTable.rows(run)));
        }
        run.clear();
    }

    /** A text piece as lines: cut before sub-headings and numbered items, and before a closing date. */
    static List<String> textLines(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SUB_HEADING.split(text)) {
            String line = Labels.trim(s);
            if (line.isEmpty()) continue;
            Matcher d = TRAILING_DATE.matcher(line);
            if (d.find() && d.start() > 0) {
                out.add(Labels.trim(line.substring(0, d.start())));
                out.add(d.group(1));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
