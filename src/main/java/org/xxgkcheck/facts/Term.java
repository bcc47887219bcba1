package org.xxgkcheck.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of rules/vocabulary.txt: a keyword family (such as 总体情况五个方面), a name within it (such as
 * 依申请公开) and the words that count as a mention, as a regular expression ("依申请|申请公开").
 */
public final class Term {
    private final String family;
    private final String name;
    private final String words;
    private final Pattern pattern;
    /** The words when they are plain alternatives ("依申请|申请公开"), else null: found without a regex. */
    private final List<String> literals;

    public Term(String family, String name, String words) {
        this.family = family;
        this.name = name;
        this.words = words;
        this.pattern = Pattern.compile(words);
        this.literals = plainAlternatives(words);
    }

    public String getFamily() { return family; }
    public String getName() { return name; }
    public String getWords() { return words; }
    public Pattern pattern() { return pattern; }

    /** True when any of the words occurs in the text. */
    public boolean foundIn(String text) { return text != null && matcher(text).find(); }

    /**
     * The occurrences of the words in the text, left to right, as the regular expression finds them. Hot path
     * (every sentence of every report): plain alternatives are compared in place, as the regex engine would try
     * them — leftmost position first, then the alternatives in their written order.
     */
    public Hits matcher(String text) {
        return literals == null ? new RegexHits(pattern.matcher(text)) : new LiteralHits(literals, text);
    }

    /** A minimal matcher: find the next occurrence, then ask where it is. */
    public interface Hits {
        boolean find();
        int start();
        int end();
        String group();
    }

    private record RegexHits(Matcher m) implements Hits {
        public boolean find() { return m.find(); }
        public int start() { return m.start(); }
        public int end() { return m.end(); }
        public String group() { return m.group(); }
    }

    private static final class LiteralHits implements Hits {
        private final List<String> literals;
        private final String text;
        private int from;
        private int start = -1;
        private int end = -1;

        LiteralHits(List<String> literals, String text) {
            this.literals = literals;
            this.text = text;
        }

        // Each alternative's next position by String.indexOf (a vectorised intrinsic); the leftmost wins, and at
        // one position the first alternative in written order, as the regex engine decides.
        public boolean find() {
            int best = -1;
            String bestWord = null;
            for (String l : literals) {
                int at = text.indexOf(l, from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    bestWord = l;
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

    /** Characters with a meaning in a regular expression; words without any of them are plain text. */
    private static final String META = "\\[](){}.*+?^$|";

    private static List<String> plainAlternatives(String words) {
        List<String> out = List.of(words.split("\\|", -1));
        for (String w : out) {
            if (w.isEmpty()) return null;
            for (int i = 0; i < w.length(); i++) if (META.indexOf(w.charAt(i)) >= 0) return null;
        }
        return out;
    }

    @Override public String toString() { return "Term(" + family + "." + name + ")"; }
}
