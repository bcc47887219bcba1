package org.xxgkcheck.findings;

import java.util.Comparator;
import org.xxgkcheck.facts.Template;

/** The one deterministic order of findings: by position in the report, then rule id, then cell, then text. */
public final class FindingOrder {
    private FindingOrder() {}

    public static final Comparator<Finding> COMPARATOR = Comparator
        .comparingInt((Finding f) -> nz(f.location().part()))
        .thenComparingInt(f -> nz(f.location().line()))
        .thenComparing(Finding::ruleId)
        .thenComparingInt(f -> keyOrder(f.location(), false))
        .thenComparingInt(f -> keyOrder(f.location(), true))
        .thenComparing(Finding::message);

    private static int nz(Integer i) { return i == null ? 0 : i; }

    private static int keyOrder(Location l, boolean column) {
        if (l.table() == null) return -1;
        return Template.order(l.table(), column ? l.column() : l.row(), column);
    }
}
