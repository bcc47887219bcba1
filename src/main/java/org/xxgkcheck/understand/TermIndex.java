package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.xxgkcheck.facts.Term;

/**
 * Tells in one pass over a sentence which vocabulary terms can occur in it, so that only those terms' regular
 * expressions are run (before, every term's expression ran on every sentence: the largest cost of reading).
 *
 * <p>Each term's expression is split into its top-level alternatives, and each alternative gives the literal
 * characters it must start with (its anchor: "规范性文件(清理|管理)" → 规范性文件, "上年度?" → 上年). A sentence
 * that contains none of a term's anchors cannot match the term. A term with any alternative that has no literal
 * start ("(还|仍然?)不够", "[0-9]+件", anything escaped) is always tried. The regular expression still decides
 * every match, so the result is exactly that of trying every term.
 *
 * <p>The anchors are found by their first character through a table indexed by the character itself (the
 * vocabulary is a few hundred words of the Basic Multilingual Plane), then compared in place: no allocation per
 * character, no regular expression.
 */
final class TermIndex {
    private final List<Term> terms;
    /** Anchors by their first character: anchor text and the term it belongs to. */
    private final Anchor[][] byFirst = new Anchor[Character.MAX_VALUE + 1][];
    /** Terms that must be tried on every sentence. */
    private final BitSet always = new BitSet();

    private record Anchor(String text, int term) {}

    private static volatile TermIndex last;

    private TermIndex(List<Term> terms) {
        this.terms = terms;
        for (int i = 0; i < terms.size(); i++) {
            List<String> anchors = anchors(terms.get(i).getWords());
            if (anchors == null) {
                always.set(i);
                continue;
            }
            for (String a : anchors) add(new Anchor(a, i));
        }
    }

    /** The index of a vocabulary, built once per vocabulary (the rule set's list) and then reused. */
    static TermIndex of(List<Term> terms) {
        TermIndex known = last;
        if (known != null && known.terms == terms) return known;
        TermIndex built = new TermIndex(terms);
        last = built;
        return built;
    }

    List<Term> terms() { return terms; }

    /** The terms (by position in the vocabulary) that may occur in the text; every term that does is among them. */
    BitSet candidates(String text) {
        BitSet out = (BitSet) always.clone();
        for (int i = 0; i < text.length(); i++) {
            Anchor[] starting = byFirst[text.charAt(i)];
            if (starting == null) continue;
            for (Anchor a : starting) if (!out.get(a.term) && text.startsWith(a.text, i)) out.set(a.term);
        }
        return out;
    }

    private void add(Anchor a) {
        char first = a.text.charAt(0);
        Anchor[] old = byFirst[first];
        Anchor[] grown = old == null ? new Anchor[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = a;
        byFirst[first] = grown;
    }

    private static final String META = "\\[](){}.*+?^$|";
    /** The possible literal starts of every top-level alternative, or null when some alternative has none. */
    static List<String> anchors(String regex) {
        List<String> out = new ArrayList<>();
        for (String alternative : alternatives(regex)) {
            List<String> starts = starts(alternative);
            if (starts == null) return null;
            out.addAll(starts);
        }
        return out;
    }

    /**
     * What any match of one alternative must start with: its plain characters up to the first operator (escaped
     * punctuation counts as plain), the starts of a leading group's alternatives ("(未|没有)…" → 未, 没有), or the
     * characters of a leading small character class ("[0-9]+件" → 0 … 9). Null when nothing certain can be said:
     * a lookaround or flag group, a class escape such as \d, a leading part that may be absent (?, *, {0,…}).
     */
    private static List<String> starts(String alternative) {
        if (alternative.isEmpty()) return null;
        char first = alternative.charAt(0);
        if (first == '(') {
            int close = closing(alternative);
            boolean plain = !alternative.startsWith("(?");
            if (close < 0 || !(plain || alternative.startsWith("(?:")) || optionalAt(alternative, close + 1)) return null;
            List<String> out = new ArrayList<>();
            for (String inner : alternatives(alternative.substring(plain ? 1 : 3, close))) {
                List<String> s = starts(inner);
                if (s == null) return null;
                out.addAll(s);
            }
            return out;
        }
        if (first == '[') return classChars(alternative);
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            int width = 1;
            if (c == '\\') {
                if (i + 1 >= alternative.length() || Character.isLetterOrDigit(alternative.charAt(i + 1))) break;
                c = alternative.charAt(i + 1);
                width = 2;
            } else if (META.indexOf(c) >= 0) {
                break;
            }
            if (optionalAt(alternative, i + width)) break;
            literal.append(c);
            i += width;
        }
        return literal.length() == 0 ? null : List.of(literal.toString());
    }

    /** A quantifier at i that allows zero repetitions of what stands before it. */
    private static boolean optionalAt(String regex, int i) {
        return i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0;
    }

    /** Where the group opened at 0 closes, skipping escapes and character classes; -1 when it does not. */
    private static int closing(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** The characters of a leading class of plain characters and ranges ("[0-9０-９]"), at most 64; else null. */
    private static List<String> classChars(String alternative) {
        int close = alternative.indexOf(']');
        if (close < 2 || optionalAt(alternative, close + 1)) return null;
        String body = alternative.substring(1, close);
        if (body.startsWith("^") || body.indexOf('\\') >= 0 || body.indexOf('[') >= 0 || body.contains("&&")) return null;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char from = body.charAt(i);
            char to = from;
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                to = body.charAt(i + 2);
                i += 2;
            }
            if (to < from || out.size() + (to - from + 1) > 64) return null;
            for (char c = from; c <= to; c++) out.add(String.valueOf(c));
        }
        return out.isEmpty() ? null : out;
    }

    /** The top-level alternatives: split at | outside groups and character classes, never after a backslash. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

}
