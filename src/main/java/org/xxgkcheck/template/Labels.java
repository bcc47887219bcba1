package org.xxgkcheck.template;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises printed labels before matching (format-2021.md §4): NFKC (full-width brackets, colons and digits
 * become ASCII), every kind of white space removed, quotes dropped.
 */
public final class Labels {
    private Labels() {}

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");
    private static final Pattern QUOTES = Pattern.compile("[“”\"「」『』‘’'〝〞]");
    /** Leading item numbers: 一、 (一) 1. 1、 (1) and combinations such as 三、(一). */
    private static final Pattern NUMBERING = Pattern.compile(
        "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d{1,2}[.、)]|\\(\\d{1,2}\\))");

    public static String normalize(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = SPACE.matcher(n).replaceAll("");
        return QUOTES.matcher(n).replaceAll("");
    }

    /** Normalised and without leading item numbers ("(三)不予公开" → "不予公开"). */
    public static String core(String s) {
        String n = normalize(s);
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
        return s == null ? "" : EDGE_SPACE.matcher(s).replaceAll("");
    }
}
