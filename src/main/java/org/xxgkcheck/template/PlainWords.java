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
    /** The first characters of the words. */
    private final java.util.BitSet firsts = new java.util.BitSet();

    private PlainWords(List<String> words) {
        this.words = words;
        for (String w : words) firsts.set(w.charAt(0));
    }

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

    public Finder finder(String text) { return new Finder(words, firsts, text); }

    /** The occurrences in one text, one after another. */
    public static final class Finder {
        private final List<String> words;
        private final java.util.BitSet firsts;
        private final String text;
        private int from;
        private int start = -1;
        private int end = -1;

        Finder(List<String> words, java.util.BitSet firsts, String text) {
            this.words = words;
            this.firsts = firsts;
            this.text = text;
        }

        // One pass from the last end: at each position, only the words starting with its character are compared
        // (a lookup in a table of first characters), in written order. No String.indexOf per word: without the
        // optimising compiler it is a plain loop for Chinese text, run once per word.
        public boolean find() {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!firsts.get(c)) continue;
                for (String w : words) {
                    if (w.charAt(0) == c && text.startsWith(w, i)) {
                        start = i;
                        end = i + w.length();
                        from = end;
                        return true;
                    }
                }
            }
            from = text.length();
            return false;
        }

        public int start() { return start; }
        public int end() { return end; }
        public String group() { return text.substring(start, end); }
    }
}
