package org.xxgkcheck.template;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression that is only plain words separated by | ("依申请|申请公开"), found without the regex engine.
 * Hot path: such expressions are tried on every sentence and every table of every report. Occurrences are found
 * as the regex engine finds them — leftmost position first, at one position the first word in written order, the
 * next search after the end of the last — so the results are the same.
 */
public final class PlainWords {
    /** Characters with a meaning in a regular expression; words without any of them are plain text. */
    private static final String META = "\\[](){}.*+?^$|";

    private final List<String> words;

    private PlainWords(List<String> words) { this.words = words; }

    /** The plain words of an expression, or null when it uses anything but words and |. */
    public static PlainWords of(String regex) {
        List<String> out = List.of(regex.split("\\|", -1));
        for (String w : out) {
            if (w.isEmpty()) return null;
            for (int i = 0; i < w.length(); i++) if (META.indexOf(w.charAt(i)) >= 0) return null;
        }
        return new PlainWords(out);
    }

    public static PlainWords of(Pattern p) { return p == null || p.flags() != 0 ? null : of(p.pattern()); }

    public Finder finder(String text) { return new Finder(words, text); }

    /** The occurrences in one text, one after another. */
    public static final class Finder {
        private final List<String> words;
        private final String text;
        private int from;
        private int start = -1;
        private int end = -1;

        Finder(List<String> words, String text) {
            this.words = words;
            this.text = text;
        }

        // Each word's next position by String.indexOf (a vectorised intrinsic); the leftmost wins, and at one
        // position the first word in written order.
        public boolean find() {
            int best = -1;
            String bestWord = null;
            for (String w : words) {
                int at = text.indexOf(w, from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    bestWord = w;
                }
            }
            if (best < 0) {
                from = text.length() + 1;
                return false;
            }
            start = best;
            end = best + bestWord.length();
            from = end;
            return true;
        }

        public int start() { return start; }
        public int end() { return end; }
        public String group() { return text.substring(start, end); }
    }
}
