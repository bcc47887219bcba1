package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the part headings ("一、总体情况" … "六、其他需要报告的事项") inside text that lost its line breaks.
 * {@link Headings} decides what is a heading; this class only finds where a candidate starts and ends.
 */
final class PartHeadings {
    private PartHeadings() {}

    /** A heading number as Outline accepts it, at a position to try. */
    private static final Pattern NUMBER = Pattern.compile(
        "第[一二三四五六]部分[、.．:：]?|[一二三四五六][、.．]|[1-6](?:[、．]|\\.(?!\\d))|[（(][一二三四五六1-6][)）][、.．]?");
    /** Where a heading's words surely stop: white space, a sentence or clause mark, the next numbered item. */
    private static final Pattern STOP = Pattern.compile(
        "[\\s\\u00A0\\u3000。；;，,：:！？]|[（(][一二三四五六七八九十][)）]|\\d{1,2}[.、．](?!\\d)");
    /** Heading words checked no further than this (Outline's longest heading with its number). */
    private static final int WINDOW = 44;
    /** "…改进" may go on with "情况", "…其他需要报告" with "的事项": a heading keeps its closing word. */
    private static final Pattern CLOSING = Pattern.compile("^(?:的)?(?:工作)?(?:情况|事项|措施)");

    /** Start and end offsets of each part heading, in order, at most one per part. */
    static List<int[]> find(String line, Headings headings) {
        List<int[]> found = new ArrayList<>();
        boolean[] seen = new boolean[7];
        Matcher m = NUMBER.matcher(line);
        int from = 0;
        while (from < line.length() && m.find(from)) {
            int start = m.start();
            from = start + 1;
            if (start > 0 && precedesNothing(line.charAt(start - 1), m.group())) continue;
            int end = end(line, start, m.end(), headings);
            if (end < 0) continue;
            int part = headings.partOfHeading(plain(line.substring(start, end)));
            if (part < 0 || seen[part]) continue;
            seen[part] = true;
            found.add(new int[] {start, end});
            from = end;
        }
        return found;
    }

    /**
     * "第（一）项" and "2021.1" carry the marks of a number without being one. A digit before "4、" is allowed:
     * with nothing between lines, the last number of a table runs into the heading after it ("…\t04、").
     */
    private static boolean precedesNothing(char before, String number) {
        if (before == '第' && number.charAt(0) != '第') return true;
        return Character.isDigit(before) && Character.isDigit(number.charAt(0)) && number.charAt(1) != '、';
    }

    /** The end of the heading that starts at start, or -1. */
    static int end(String line, int start, int wordsFrom, Headings headings) {
        int k = wordsFrom;
        while (k < line.length() && space(line.charAt(k))) k++;
        int limit = Math.min(line.length(), k + WINDOW);
        Matcher stop = STOP.matcher(line).region(k + 1 > limit ? limit : k + 1, limit);
        int w = stop.find() ? stop.start() : limit;
        boolean spaced = w < line.length() && space(line.charAt(w));
        // Pasted with spaces, the heading is what stands before the next space.
        if (spaced && headings.partOfHeading(plain(line.substring(start, w))) > 0) return withColon(line, w);
        // Run together with the text after it: the shortest heading, with its closing word.
        for (int e = k + 2; e <= w; e++) {
            if (headings.partOfHeading(plain(line.substring(start, e))) > 0) {
                Matcher c = CLOSING.matcher(line.substring(e, w));
                return withColon(line, c.find() ? e + c.end() : e);
            }
        }
        return -1;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    private static int withColon(String line, int end) {
        return end < line.length() && (line.charAt(end) == '：' || line.charAt(end) == ':') ? end + 1 : end;
    }

    /** Heading words without debris marks, as Outline sees them once the debris is stripped. */
    private static String plain(String s) {
        return s.replace("\uE000", "");
    }
}
