package org.xxgkcheck.facts;

import org.xxgkcheck.template.PlainWords;
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
    private final PlainWords literals;

    public Term(String family, String name, String words) {
        this.family = family;
        this.name = name;
        this.words = words;
        this.pattern = Pattern.compile(words);
        this.literals = PlainWords.of(words);
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
        return literals == null ? new RegexHits(pattern.matcher(text)) : new LiteralHits(literals.finder(text));
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

    private record LiteralHits(PlainWords.Finder f) implements Hits {
        public boolean find() { return f.find(); }
        public int start() { return f.start(); }
        public int end() { return f.end(); }
        public String group() { return f.group(); }
    }

    @Override public String toString() { return "Term(" + family + "." + name + ")"; }
}
