package org.xxgkcheck.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the value of a table cell: blanks and placeholders, full-width digits, thousands separators, units. */
public final class Numbers {
    private Numbers() {}

    /** Printed instead of 0 in real reports (format-2021.md §2 三, identities.md §0). */
    private static final Set<String> BLANK_LIKE = Set.of("", "-", "—", "——", "–", "/", "无", "－", "\\");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(?:\\.\\d+)?$");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B]+");
    private static final Pattern THOUSANDS = Pattern.compile("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern UNIT = Pattern.compile("(?:万元|元|件|条|个|项)$");

    /** A parsed cell: blank (counts as 0) or a number, or neither (text where a number belongs). */
    public record Value(boolean blank, BigDecimal number) {
        public boolean valueLike() { return blank || number != null; }
    }

    public static Value parse(String raw) {
        String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        s = SPACE.matcher(s).replaceAll("");
        if (BLANK_LIKE.contains(s)) return new Value(true, null);
        s = UNIT.matcher(s).replaceFirst("");
        if (THOUSANDS.matcher(s).matches()) s = s.replace(",", "");
        if (!NUMBER.matcher(s).matches()) return new Value(false, null);
        return new Value(false, new BigDecimal(s));
    }

    public static boolean valueLike(String raw) {
        return parse(raw).valueLike();
    }

    /** Chinese numerals 一…十 and Arabic digits up to 99, for heading numbers; -1 when not a number. */
    public static int smallNumber(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).trim();
        if (n.matches("\\d{1,2}")) return Integer.parseInt(n);
        String digits = "一二三四五六七八九十";
        if (n.length() == 1 && digits.indexOf(n.charAt(0)) >= 0) return digits.indexOf(n.charAt(0)) + 1;
        return -1;
    }
}
