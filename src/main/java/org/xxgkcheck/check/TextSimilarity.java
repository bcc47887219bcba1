package org.xxgkcheck.check;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are: the Dice coefficient of their character bigrams (with multiplicity), after dropping
 * white space, punctuation and digits, so that a copied text with new figures still counts as copied.
 */
final class TextSimilarity {
    private TextSimilarity() {}

    static double of(String a, String b) {
        Map<String, Integer> x = bigrams(a);
        Map<String, Integer> y = bigrams(b);
        int nx = x.values().stream().mapToInt(Integer::intValue).sum();
        int ny = y.values().stream().mapToInt(Integer::intValue).sum();
        if (nx == 0 || ny == 0) return 0;
        int shared = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        return 2.0 * shared / (nx + ny);
    }

    private static Map<String, Integer> bigrams(String s) {
        String t = s.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}\\d０-９]", "");
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < t.length(); i++) m.merge(t.substring(i, i + 2), 1, Integer::sum);
        return m;
    }
}
