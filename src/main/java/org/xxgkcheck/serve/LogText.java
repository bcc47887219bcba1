package org.xxgkcheck.serve;

/** Text from a request made safe for one log line: no line breaks, no terminal escapes, no invisible reordering. */
final class LogText {
    private LogText() {}

    private static final int MAX = 200;

    static String of(String s) {
        if (s == null) return "-";
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX) + 16);
        s.codePoints().limit(MAX).forEach(c -> {
            if (c == '\\' || c == '"') b.append('\\').appendCodePoint(c);
            else if (Character.isISOControl(c) || invisible(c)) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            else b.appendCodePoint(c);
        });
        if (s.codePointCount(0, s.length()) > MAX) b.append('…');
        return '"' + b.toString() + '"';
    }

    /** Bidirectional overrides and isolates, line and paragraph separators: they change how a line reads. */
    static boolean invisible(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
            || c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF;
    }
}
