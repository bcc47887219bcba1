package org.xxgkcheck.template;

import java.util.regex.Pattern;

/** One of the six parts: its number, the template's heading wording, and the wordings also accepted (rules/templates/parts.txt). */
public record PartSpec(int number, String name, Pattern wording, String normalizedName, WordingMemo memo) {

    public PartSpec(int number, String name, Pattern wording) {
        this(number, name, wording, Labels.normalize(name), new WordingMemo());
    }

    /** Does a normalised heading (numbering, annotation and final punctuation removed) name this part? */
    public boolean names(String core) {
        return core.equals(normalizedName) || (wording != null && memo.test(core, c -> wording.matcher(c).matches()));
    }
}
