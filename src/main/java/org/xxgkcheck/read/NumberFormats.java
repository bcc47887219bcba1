package org.xxgkcheck.read;

import java.util.Locale;

/** Word's list number formats (numFmt) as printed: 一 十一 二十, 1 01 １, ①, 甲, a A i I. */
final class NumberFormats {
    private NumberFormats() {}

    private static final String CN = "〇一二三四五六七八九";
    private static final String CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY = "甲乙丙丁戊己庚辛壬癸";
    private static final String ZODIAC = "子丑寅卯辰巳午未申酉戌亥";

    static String format(int n, String numFmt) {
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "ideographDigital", "taiwaneseCountingThousand" -> chinese(n, CN, '十');
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n, CN_LEGAL, '拾');
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY.charAt(n - 1)) : String.valueOf(n);
            case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(ZODIAC.charAt(n - 1)) : String.valueOf(n);
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : String.valueOf(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "bullet", "none" -> "";
            default -> String.valueOf(n);
        };
    }

    /** 1–99 in Chinese counting: 一 … 十 十一 … 二十 二十一 …; larger numbers in digits. */
    static String chinese(int n, String digits, char ten) {
        if (n <= 0 || n >= 100) return String.valueOf(n);
        if (n < 10) return String.valueOf(digits.charAt(n));
        int tens = n / 10;
        int ones = n % 10;
        return (tens > 1 ? String.valueOf(digits.charAt(tens)) : "") + ten + (ones > 0 ? String.valueOf(digits.charAt(ones)) : "");
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append((char) (c - '0' + '０'));
        return sb.toString();
    }

    private static String letters(int n) {
        if (n <= 0) return String.valueOf(n);
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (n >= v[i]) { sb.append(s[i]); n -= v[i]; }
        return sb.toString();
    }
}
