package org.xxgkcheck.facts;

/** How alike this year's text is to last year's report of the same body (0 = nothing shared, 1 = identical). */
public final class Similarity {
    private final String scope;
    private final double value;

    public Similarity(String scope, double value) {
        this.scope = scope;
        this.value = value;
    }

    /** "第五部分" or "全文". */
    public String getScope() { return scope; }
    public double getValue() { return value; }
    /** As a percentage with one decimal, for messages. */
    public String getPercent() { return String.format(java.util.Locale.ROOT, "%.1f%%", value * 100); }
}
