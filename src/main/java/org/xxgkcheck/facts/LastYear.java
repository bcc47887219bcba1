package org.xxgkcheck.facts;

import java.util.Map;
import java.util.Set;

/** Last year's report of the same body (given with --previous), as cross-year rules (X-…) see it. */
public final class LastYear {
    private final String file;
    private final String organ;
    private final int year;
    private final String template;
    private final Map<String, Long> values;
    private final Set<String> readableTables;
    private final Map<Integer, String> partTexts;

    public LastYear(String file, String organ, int year, String template, Map<String, Long> values,
                    Set<String> readableTables, Map<Integer, String> partTexts) {
        this.file = file;
        this.organ = organ;
        this.year = year;
        this.template = template;
        this.values = Map.copyOf(values);
        this.readableTables = Set.copyOf(readableTables);
        this.partTexts = Map.copyOf(partTexts);
    }

    public String getFile() { return file; }
    public String getOrgan() { return organ; }
    public int getYear() { return year; }
    public String getTemplate() { return template; }

    /** Whether last year's table was read into all its template cells. */
    public boolean readable(String table) { return readableTables.contains(table); }

    public boolean has(String table, String row, String column) { return values.containsKey(key(table, row, column)); }

    /** Last year's value of a cell, 0 when it has no such cell (check has() or readable() first). */
    public long value(String table, String row, String column) {
        return values.getOrDefault(key(table, row, column), 0L);
    }

    /** Narrative text of one of last year's parts, "" when it had none. */
    public String partText(int part) { return partTexts.getOrDefault(part, ""); }

    public boolean hasPart(int part) { return partTexts.containsKey(part); }

    public static String key(String table, String row, String column) { return table + "." + row + "." + column; }

    @Override public String toString() { return "LastYear(" + organ + ", " + year + ")"; }
}
