package org.xxgkcheck.facts;

/** A stated total with its parts: "主动公开信息360条，其中本级政府文件9条，公告公示9条…" (total 360, sum of parts). */
public final class Breakdown {
    private final long total;
    private final long sum;
    private final int parts;
    private final String unit;
    private final String text;
    private final int part;
    private final int line;

    public Breakdown(long total, long sum, int parts, String unit, String text, int part, int line) {
        this.total = total;
        this.sum = sum;
        this.parts = parts;
        this.unit = unit;
        this.text = text;
        this.part = part;
        this.line = line;
    }

    public long getTotal() { return total; }
    public long getSum() { return sum; }
    /** How many parts were listed. */
    public int getParts() { return parts; }
    public String getUnit() { return unit; }
    public String getText() { return text; }
    public int getPart() { return part; }
    public int getLine() { return line; }
}
