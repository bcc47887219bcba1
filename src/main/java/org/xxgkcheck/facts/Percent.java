package org.xxgkcheck.facts;

/** "N 件，占 p%": a count with its stated share; total is the total stated in the same sentence, or 0. */
public final class Percent {
    private final long count;
    private final double percent;
    private final long total;
    private final String text;
    private final int part;
    private final int line;

    public Percent(long count, double percent, long total, String text, int part, int line) {
        this.count = count;
        this.percent = percent;
        this.total = total;
        this.text = text;
        this.part = part;
        this.line = line;
    }

    public long getCount() { return count; }
    public double getPercent() { return percent; }
    public long getTotal() { return total; }
    public String getText() { return text; }
    public int getPart() { return part; }
    public int getLine() { return line; }
}
