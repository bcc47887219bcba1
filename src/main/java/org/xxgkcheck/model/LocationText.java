package org.xxgkcheck.model;

/**
 * The one way every output says a location in Chinese: the section path, then the place in the file as the format
 * counts it — 第3页第24行 (PDF), 第12段 (DOCX, HTML), 第24行 (text) — so a PDF line is never one large number.
 */
public final class LocationText {
    private LocationText() {}

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** 第三部分·表三·（七）总计·自然人·第3页第24行; "全文" when nothing is known. */
    public static String place(Location l) {
        if (l == null) return "全文";
        StringBuilder sb = new StringBuilder(section(l));
        String at = position(l);
        if (!at.isEmpty()) {
            if (sb.length() > 0) sb.append('·');
            sb.append(at);
        }
        return sb.length() == 0 ? "全文" : sb.toString();
    }

    /** The section path: 第三部分·表三·（七）总计·自然人, or 第三部分 when only the part is known; "" when none. */
    public static String section(Location l) {
        if (l.path() != null && !l.path().isEmpty()) return l.path();
        return l.part() == null ? "" : "第" + numeral(l.part()) + "部分";
    }

    /**
     * Where in the file: 第3页第24行, 第12段 or 第24行; "" when unknown. A paragraph wins over a line, since an HTML
     * page's source line (often one line for the whole page) does not help a reader.
     */
    public static String position(Location l) {
        if (l == null) return "";
        if (l.page() != null) return "第" + l.page() + "页" + (l.line() == null ? "" : "第" + l.line() + "行");
        if (l.paragraph() != null) return "第" + l.paragraph() + "段";
        if (l.line() != null) return "第" + l.line() + "行";
        return "";
    }

    /** “the quoted text”, or "" without a quote. */
    public static String quote(Location l) {
        return l == null || l.quote() == null || l.quote().isEmpty() ? "" : "“" + l.quote() + "”";
    }

    private static String numeral(int n) {
        return n >= 1 && n < NUMERALS.length ? NUMERALS[n] : String.valueOf(n);
    }
}
