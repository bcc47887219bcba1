package org.xxgkcheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the six required parts by their headings. A heading is a short line whose words name a part
 * (canonical wording or a variant from format-2021.md §5) and whose number, when it has one, is that part's
 * number: so "（一）主动公开政府信息情况" inside part 一 is a sub-heading, not part 二.
 */
public final class Outline {
    private Outline() {}

    /** A heading as found: part number, the line as written, its numbering, and the block index. */
    public record Heading(int part, String text, String numbering, int line, int blockIndex) {}

    private static final Pattern NUMBERED = Pattern.compile(
        "^(第[一二三四五六]部分[、.．:：]?|[一二三四五六][、.．]|[1-6](?:[、．]|\\.(?!\\d))|[（(][一二三四五六1-6][)）][、.．]?)\\s*(.*)$");
    private static final int MAX_HEADING = 36;
    private static final Pattern NUMBER_MARKS = Pattern.compile("[第部分、.．:：（()）]");
    private static final Pattern TRAILING_STOP = Pattern.compile("[:：。.]+$");

    public static List<Heading> find(Document doc) {
        List<Heading> found = new ArrayList<>();
        boolean[] seen = new boolean[7];
        List<Document.Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Document.Text t)) continue;
            Heading h = match(t.text(), t.line(), i);
            if (h != null && !seen[h.part()]) {
                seen[h.part()] = true;
                found.add(h);
            }
        }
        return found;
    }

    static boolean looksLikePartHeading(String line) {
        return match(line, 0, 0) != null;
    }

    /** The part a line is the heading of, or -1. */
    static int partOfHeading(String line) {
        Heading h = match(line, 0, 0);
        return h == null ? -1 : h.part();
    }

    private static Heading match(String raw, int line, int blockIndex) {
        String text = Labels.trim(raw);
        if (text.isEmpty() || text.length() > MAX_HEADING + 8) return null;
        String numbering = "";
        String rest = text;
        int number = -1;
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            numbering = m.group(1);
            rest = m.group(2);
            number = Numbers.smallNumber(NUMBER_MARKS.matcher(numbering).replaceAll(""));
        }
        String core = TRAILING_STOP.matcher(Labels.normalize(rest)).replaceAll("");
        if (core.isEmpty() || core.length() > MAX_HEADING || core.contains("。")) return null;
        int part = partOf(core);
        if (part < 0) return null;
        if (number > 0 && number != part) return null;
        // Without a number, only a bare heading counts, never a sentence that mentions a part.
        if (number < 0 && (core.length() > 22 || core.contains(","))) return null;
        return new Heading(part, text, numbering, line, blockIndex);
    }

    /** Which part the words of a heading name, or -1. */
    static int partOf(String core) {
        if (core.endsWith("总体情况") && core.length() <= 16) return 1;
        if (core.contains("主动公开") && core.endsWith("情况") && !core.contains("申请")) return 2;
        if (core.contains("申请") && (core.contains("收到") || core.contains("处理")) && core.endsWith("情况")) return 3;
        if (core.contains("复议") && core.contains("诉讼")) return 4;
        if (core.contains("问题") && (core.contains("改进") || core.contains("整改") || core.contains("措施"))) return 5;
        if (core.contains("其他需要报告") || core.equals("其他事项")) return 6;
        return -1;
    }
}
