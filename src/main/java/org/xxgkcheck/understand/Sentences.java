package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/** Splits narrative into sentences and clauses, the units keyword and number statements are read from. */
public final class Sentences {
    private Sentences() {}

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])|\\n");
    private static final Pattern LAST_ITEM_JOINER = Pattern.compile("以及|和|及|与");
    private static final String CLAUSE_CHARS = "，,。；;：:！？!?\n";

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            String t = Labels.trim(s);
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(t);
        }
        return out;
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
        String clause = sentence.substring(from, to);
        List<String> items = new ArrayList<>(List.of(clause.split("、")));
        String last = items.remove(items.size() - 1);
        items.addAll(List.of(LAST_ITEM_JOINER.split(last, 2)));
        return items.size() >= 3 && clause.indexOf('、') >= 0 ? items : List.of();
    }
}
