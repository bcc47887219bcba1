package org.xxgkcheck.template;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises printed labels before matching (format-2021.md §4): NFKC (full-width brackets, colons and digits
 * become ASCII), every kind of white space removed, quotes dropped.
 */
public final class Labels {
    private Labels() {}

    /** Quotes dropped from labels: “三安全一稳定” and "三安全一稳定" are one label. */
    private static final String QUOTES = "“”\"「」『』‘’'〝〞";
    /** Leading item numbers: 一、 (一) 1. 1、 (1) and combinations such as 三、(一). */
    private static final Pattern NUMBERING = Pattern.compile(
        "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d{1,2}[.、)]|\\(\\d{1,2}\\))");

    // Hot path: every label and heading candidate of every report passes here; a character loop, no regex.
    public static String normalize(String s) {
        if (s == null) return "";
        String n = nfkc(s);
        StringBuilder out = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean drop = space(c) || c == '\u200B' || c == '\uFEFF' || QUOTES.indexOf(c) >= 0;
            if (drop && out == null) out = new StringBuilder(n.length()).append(n, 0, i);
            else if (!drop && out != null) out.append(c);
        }
        return out == null ? n : out.toString();
    }

    /** The text in NFKC, checked cheaply first: most labels and cells are already. */
    public static String nfkc(String s) {
        return plainlyNormalized(s) || Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /**
     * True when every character is one NFKC leaves alone and none can combine with another: ASCII, the CJK unified
     * ideographs and the common Chinese punctuation. Most labels are only these, and the full NFKC check is slow.
     */
    public static boolean plainlyNormalized(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011)
                || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201C && c <= 0x201D)) continue;
            return false;
        }
        return true;
    }

    /** White space as the readers see it: ASCII white space, no-break and ideographic spaces. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u3000';
    }

    /** Normalised and without leading item numbers ("(三)不予公开" → "不予公开"). */
    public static String core(String s) {
        String n = normalize(s);
        if (n.isEmpty() || !startsNumbered(n.charAt(0))) return n;
        String prev;
        do {
            prev = n;
            n = NUMBERING.matcher(n).replaceFirst("");
        } while (!n.equals(prev) && !n.isEmpty());
        return n;
    }

    /** Drops a trailing parenthetical annotation: "规范性文件(本单位制发的)" → "规范性文件". */
    public static String withoutAnnotation(String normalized) {
        int i = normalized.indexOf('(');
        return i > 0 ? normalized.substring(0, i) : normalized;
    }

    /** Trims ordinary, non-breaking and ideographic spaces from both ends. */
    public static String trim(String s) {
        if (s == null) return "";
        int a = 0;
        int b = s.length();
        while (a < b && space(s.charAt(a))) a++;
        while (b > a && space(s.charAt(b - 1))) b--;
        return a == 0 && b == s.length() ? s : s.substring(a, b);
    }

    private static boolean startsNumbered(char c) {
        return c == '(' || (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
