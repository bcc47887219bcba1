package org.xxgkcheck.model;

/** A short piece of the report's text (at most {@link #MAX} characters) that shows a person where a finding is. */
public final class Quote {
    private Quote() {}

    public static final int MAX = 60;

    /** The start of the text, white space run together, cut with "…" when longer than {@link #MAX}. */
    public static String of(String text) {
        String t = squeeze(text);
        if (t.isEmpty()) return null;
        return t.length() <= MAX ? t : cut(t, 0, MAX - 1) + "…";
    }

    /**
     * The part of the text around {@code anchor} (the words that made a rule fire), so a long sentence is quoted
     * where it matters; the start of the text when the anchor is not in it.
     */
    public static String around(String text, String anchor) {
        String t = squeeze(text);
        if (t.length() <= MAX || anchor == null || anchor.isBlank()) return of(t);
        int at = t.indexOf(squeeze(anchor));
        if (at < 0) return of(t);
        // A little of what comes before the anchor reads as context; the rest of the room goes to what follows.
        int start = Math.max(0, at - 15);
        if (start == 0) return of(t);
        int room = MAX - 2;
        if (start + room >= t.length()) return "…" + cut(t, t.length() - (MAX - 1), t.length());
        return "…" + cut(t, start, start + room) + "…";
    }

    /** White space (line breaks, tabs, runs of spaces, full-width spaces) as one space; ends trimmed. */
    private static String squeeze(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 4 * MAX));
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A substring that never splits a character outside the basic plane (rare CJK) in two. */
    private static String cut(String s, int from, int to) {
        if (from > 0 && Character.isLowSurrogate(s.charAt(from))) from++;
        if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) to--;
        return s.substring(from, to);
    }
}
