package org.xxgkcheck.facts;

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

    public Term(String family, String name, String words) {
        this.family = family;
        this.name = name;
        this.words = words;
        this.pattern = Pattern.compile(words);
    }

    public String getFamily() { return family; }
    public String getName() { return name; }
    public String getWords() { return words; }
    public Pattern pattern() { return pattern; }

    /** True when any of the words occurs in the text. */
    public boolean foundIn(String text) { return text != null && pattern.matcher(text).find(); }

    @Override public String toString() { return "Term(" + family + "." + name + ")"; }
}
