package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/** Splits narrative into sentences and clauses, the units keyword and number statements are read from. */
public final class Sentences {
    private Sentences() {}

    /** A sentence ends after one of these (kept with it) or at a line break (dropped). */
    private static final String SENTENCE_END_CHARS = "。！？；!?;";
    private static final Pattern LAST_ITEM_JOINER = Pattern.compile("以及|和|及|与");
    private static final String CLAUSE_CHARS = "，,。；;：:！？!?\n";

    /** Hot path (every paragraph of every report): one pass over the characters, no regex. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text.substring(start, i));
                start = i + 1;
            } else if (SENTENCE_END_CHARS.indexOf(c) >= 0) {
                add(out, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String t = Labels.trim(piece);
        if (!t.isEmpty() && hasLetterOrDigit(t)) out.add(t);
    }

    private static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The items of the 、-enumeration around [start, end) ("甲、乙和丙" → 甲, 乙, 丙), or an empty list when the
     * clause does not enumerate three or more items.
     */
    static List<String> enumerationItems(String sentence, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_CHARS.indexOf(sentence.charAt(from - 1)) < 0) from--;
        int to = end;
        while (to < sentence.length() && CLAUSE_CHARS.indexOf(sentence.charAt(to)) < 0) to++;
        if (sentence.lastIndexOf('、', to - 1) < from) return List.of();
        String clause = sentence.substring(from, to);
        List<String> items = new ArrayList<>(List.of(clause.split("、")));
        String last = items.remove(items.size() - 1);
        items.addAll(List.of(LAST_ITEM_JOINER.split(last, 2)));
        return items.size() >= 3 && clause.indexOf('、') >= 0 ? items : List.of();
    }
}
