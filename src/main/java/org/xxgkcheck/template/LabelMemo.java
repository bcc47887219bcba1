package org.xxgkcheck.template;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers how printed labels were recognised as rows and columns of one table. Reports print the same template
 * wordings again and again, and telling the tables apart looks every cell up in every table, so almost every lookup
 * is a repeat. The lookup is a pure function of the label, so remembering it cannot change a result. Bounded, so
 * that a batch of odd labels cannot grow it without end: once full, labels are looked up without being remembered.
 * Equal to every other memo, so that it does not take part in the equality of the table it belongs to.
 */
public final class LabelMemo {
    /** Far more than the distinct wordings of the real reports seen so far (a few hundred per table). */
    private static final int MAX = 20_000;

    private final ConcurrentHashMap<String, Optional<TableSpec.Hit>> rows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<TableSpec.Hit>> columns = new ConcurrentHashMap<>();

    /** The cells of each format as a set: fixed by the template, asked for every table read. */
    private final ConcurrentHashMap<String, java.util.Set<String>> cellSets = new ConcurrentHashMap<>();

    java.util.Set<String> cellSet(String format, Function<String, java.util.List<String>> cells) {
        return cellSets.computeIfAbsent(format, f -> java.util.Set.copyOf(cells.apply(f)));
    }

    /** The table's recognising words as plain words, when they are (null: not yet known). */
    private volatile Optional<PlainWords> recognise;

    PlainWords recognise(java.util.regex.Pattern p) {
        Optional<PlainWords> r = recognise;
        if (r == null) recognise = r = Optional.ofNullable(PlainWords.of(p));
        return r.orElse(null);
    }

    TableSpec.Hit rows(String printed, Function<String, TableSpec.Hit> find) { return lookup(rows, printed, find); }

    TableSpec.Hit columns(String printed, Function<String, TableSpec.Hit> find) { return lookup(columns, printed, find); }

    private static TableSpec.Hit lookup(ConcurrentHashMap<String, Optional<TableSpec.Hit>> memo, String printed,
                                        Function<String, TableSpec.Hit> find) {
        if (printed == null) return find.apply(null);
        Optional<TableSpec.Hit> known = memo.get(printed);
        if (known != null) return known.orElse(null);
        TableSpec.Hit hit = find.apply(printed);
        if (memo.size() < MAX) memo.putIfAbsent(printed, Optional.ofNullable(hit));
        return hit;
    }

    @Override public boolean equals(Object o) { return o instanceof LabelMemo; }

    @Override public int hashCode() { return 0; }

    @Override public String toString() { return "LabelMemo"; }
}
