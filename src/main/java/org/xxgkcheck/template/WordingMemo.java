package org.xxgkcheck.template;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Remembers whether a heading's words fit a part's wordings. Headings repeat from report to report, and the wording
 * expressions (“.*(问题|不足).*(改进|措施).*”) are costly to try on every short line. The answer is a pure function
 * of the words, so remembering it cannot change a result; bounded like {@link LabelMemo}, and equal to every other.
 */
public final class WordingMemo {
    private static final int MAX = 20_000;
    private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

    boolean test(String words, Predicate<String> fits) {
        Boolean b = known.get(words);
        if (b != null) return b;
        boolean result = fits.test(words);
        if (known.size() < MAX) known.putIfAbsent(words, result);
        return result;
    }

    @Override public boolean equals(Object o) { return o instanceof WordingMemo; }

    @Override public int hashCode() { return 0; }

    @Override public String toString() { return "WordingMemo"; }
}
