package org.xxgkcheck.facts;

/** One of the parts the template requires (rules/templates/parts.txt), so rules can name a part that is missing. */
public final class TemplatePart {
    private final int number;
    private final String numeral;
    private final String name;

    public TemplatePart(int number, String numeral, String name) {
        this.number = number;
        this.numeral = numeral;
        this.name = name;
    }

    public int getNumber() { return number; }
    /** 一 … 六. */
    public String getNumeral() { return numeral; }
    /** The heading's wording in the template, without numbering. */
    public String getName() { return name; }

    @Override public String toString() { return "TemplatePart(" + number + ", " + name + ")"; }
}
