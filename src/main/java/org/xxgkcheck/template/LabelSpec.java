package org.xxgkcheck.template;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A row or column of a statistical table as the template prints it (rules/templates/T*.txt): its key, its printed
 * wordings (the first names it in messages; several when the two formats print it differently), known variants,
 * and a pattern that recognises it by its key words alone.
 *
 * @param display the name in messages when it is shorter than the printed wording (“（二）部分公开”), else null
 * @param formats the formats that have this row or column; empty means every format of the table
 */
public record LabelSpec(String key, List<String> printed, String display, List<String> aliases, Pattern pattern, Set<String> formats,
                        List<String> printedCores, List<String> aliasCores) {

    /** The wordings are normalised once here: every label of every report is compared with them. */
    public LabelSpec(String key, List<String> printed, String display, List<String> aliases, Pattern pattern, Set<String> formats) {
        this(key, printed, display, aliases, pattern, formats,
            printed.stream().map(p -> Labels.core(last(p))).toList(), aliases.stream().map(Labels::core).toList());
    }

    /** How a printed label relates to this row or column, or null when it is not this one. */
    public enum Match { CANONICAL, ALIAS, LOOSE }

    /** The name used in messages: the template's wording, the last level of a multi-level row name. */
    public String name() { return display != null ? display : printed.get(0); }

    /** The printed label alone, without the names of the groups above it (“（三）不予公开·1.属于国家秘密” → “1.属于国家秘密”). */
    public String shortName() { return last(name()); }

    public boolean inFormat(String format) { return formats.isEmpty() || formats.contains(format); }

    /** Exact comparison on the normalised, unnumbered label; annotations in brackets compared with and without. */
    Match exact(String core) {
        if (printedCores.contains(core)) return Match.CANONICAL;
        if (aliasCores.contains(core)) return Match.ALIAS;
        String bare = Labels.withoutAnnotation(core);
        for (String p : printedCores) if (bare.equals(Labels.withoutAnnotation(p))) return Match.CANONICAL;
        for (String a : aliasCores) if (bare.equals(Labels.withoutAnnotation(a))) return Match.ALIAS;
        return null;
    }

    /** A label that ends with one of the wordings, after words of its own in front. */
    Match ending(String core) {
        for (String p : printedCores) if (core.endsWith(p)) return Match.CANONICAL;
        for (String a : aliasCores) if (core.endsWith(a)) return Match.ALIAS;
        return null;
    }

    boolean loose(String core) { return pattern != null && !core.isEmpty() && pattern.matcher(core).find(); }

    /** The last level of a multi-level row name (“（三）不予公开·1.属于国家秘密” → “1.属于国家秘密”). */
    public static String last(String printed) {
        int dot = printed.lastIndexOf('·');
        return dot < 0 ? printed : printed.substring(dot + 1);
    }
}
