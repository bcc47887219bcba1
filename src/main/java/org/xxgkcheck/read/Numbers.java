package org.xxgkcheck.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;

/** Reads the value of a table cell: blanks and placeholders, full-width digits, thousands separators, units. */
public final class Numbers {
    private Numbers() {}

    /** Printed instead of 0 in real reports (format-2021.md §2 三, identities.md §0). */
    private static final Set<String> BLANK_LIKE = Set.of("", "-", "—", "——", "–", "/", "无", "－", "\\");
    /** A parsed cell: blank (counts as 0) or a number, or neither (text where a number belongs). */
    public record Value(boolean blank, BigDecimal number) {
        public boolean valueLike() { return blank || number != null; }
    }

    private static final Value BLANK = new Value(true, null);
    private static final Value TEXT = new Value(false, null);

    // Hot path: every cell of every table, and every label while tables are told apart. Character loops, no
    // regex; the grammar is the one the patterns used to state: optional sign, ASCII digits, optional fraction,
    // thousands groups of three, one unit word at the end (万元 元 件 条 个 项), white space ignored.
    public static Value parse(String raw) {
        if (raw == null) raw = "";
        if (plainDigits(raw)) return new Value(false, BigDecimal.valueOf(Long.parseLong(raw)));
        String s = org.xxgkcheck.template.Labels.nfkc(raw);
        s = withoutSpaces(s);
        if (BLANK_LIKE.contains(s)) return BLANK;
        s = withoutUnit(s);
        if (thousands(s)) s = s.replace(",", "");
        if (!number(s)) return TEXT;
        return new Value(false, new BigDecimal(s));
    }

    public static boolean valueLike(String raw) {
        return parse(raw).valueLike();
    }

    /** 1 to 18 ASCII digits: the usual cell, read as a long. */
    private static boolean plainDigits(String s) {
        int n = s.length();
        if (n == 0 || n > 18) return false;
        for (int i = 0; i < n; i++) if (!digit(s.charAt(i))) return false;
        return true;
    }

    private static boolean digit(char c) { return c >= '0' && c <= '9'; }

    /** White space of every kind the readers meet: ASCII, no-break, ideographic, zero-width. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u3000'
            || c == '\u200B';
    }

    private static String withoutSpaces(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (space(c) && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            else if (!space(c) && out != null) out.append(c);
        }
        return out == null ? s : out.toString();
    }

    private static String withoutUnit(String s) {
        if (s.endsWith("万元")) return s.substring(0, s.length() - 2);
        if (!s.isEmpty() && "元件条个项".indexOf(s.charAt(s.length() - 1)) >= 0) return s.substring(0, s.length() - 1);
        return s;
    }

    /** Sign, digits, an optional fraction: [+-]?\d+(\.\d+)? */
    private static boolean number(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        int digits = digitsFrom(s, i);
        if (digits == 0) return false;
        i += digits;
        if (i == s.length()) return true;
        if (s.charAt(i) != '.') return false;
        int fraction = digitsFrom(s, i + 1);
        return fraction > 0 && i + 1 + fraction == s.length();
    }

    /** Thousands groups: [+-]?\d{1,3}(,\d{3})+(\.\d+)? */
    private static boolean thousands(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        int lead = digitsFrom(s, i);
        if (lead < 1 || lead > 3) return false;
        i += lead;
        int groups = 0;
        while (i < s.length() && s.charAt(i) == ',') {
            if (digitsFrom(s, i + 1) < 3) return false;
            i += 4;
            groups++;
            if (i < s.length() && digit(s.charAt(i))) return false;
        }
        if (groups == 0) return false;
        if (i == s.length()) return true;
        if (s.charAt(i) != '.') return false;
        int fraction = digitsFrom(s, i + 1);
        return fraction > 0 && i + 1 + fraction == s.length();
    }

    private static int digitsFrom(String s, int from) {
        int i = from;
        while (i < s.length() && digit(s.charAt(i))) i++;
        return i - from;
    }

    /** Chinese numerals 一…十 and Arabic digits up to 99, for heading numbers; -1 when not a number. */
    public static int smallNumber(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).trim();
        if ((n.length() == 1 || n.length() == 2) && digitsFrom(n, 0) == n.length()) return Integer.parseInt(n);
        String digits = "一二三四五六七八九十";
        if (n.length() == 1 && digits.indexOf(n.charAt(0)) >= 0) return digits.indexOf(n.charAt(0)) + 1;
        return -1;
    }
}
