package org.xxgkcheck.facts;

/**
 * Something the narrative states, extracted so that rules can compare it with the tables. Kinds and values:
 * APPS_RECEIVED (value = applications received; other = 1 when the text says the figure includes last year's),
 * APPS_CLOSED, APPS_CARRIED_OVER, REVIEWS, LAWSUITS, NORMS_MADE (value = the count stated),
 * NO_APPLICATIONS, NO_REVIEW, NO_LAWSUIT (value = -1, a claim without a number),
 * PARTS_CLAIMED (value = parts the report says it has, other = names it lists),
 * YEAR_LEAD (value = the year a data sentence opens with), DATED (value = yyyymmdd of the date under the report).
 */
public final class Statement {
    private final String kind;
    private final long value;
    private final long other;
    private final String text;
    private final int part;
    private final int line;

    public Statement(String kind, long value, long other, String text, int part, int line) {
        this.kind = kind;
        this.value = value;
        this.other = other;
        this.text = text;
        this.part = part;
        this.line = line;
    }

    public String getKind() { return kind; }
    public long getValue() { return value; }
    public long getOther() { return other; }
    /** The sentence it was read from. */
    public String getText() { return text; }
    public int getPart() { return part; }
    public int getLine() { return line; }

    @Override public String toString() { return "Statement(" + kind + "=" + value + ")"; }
}
