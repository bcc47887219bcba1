package org.xxgkcheck.findings;

import java.util.Comparator;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.template.TemplateBook;

/** The one deterministic order of findings: by position in the report, then rule id, then cell, then text. */
public final class FindingOrder {
    private FindingOrder() {}

    /** Cells in the template's printed order, from the rule set's templates. */
    public static Comparator<Finding> comparator(TemplateBook templates) {
        return Comparator
        .comparingInt((Finding f) -> nz(f.location().part()))
        .thenComparingInt(f -> nz(f.location().position()))
        .thenComparing(Finding::ruleId)
        .thenComparingInt(f -> keyOrder(templates, f.location(), false))
        .thenComparingInt(f -> keyOrder(templates, f.location(), true))
        .thenComparing(Finding::message);
    }

    private static int nz(Integer i) { return i == null ? 0 : i; }

    private static int keyOrder(TemplateBook templates, Location l, boolean column) {
        if (l.table() == null) return -1;
        return templates.order(l.table(), column ? l.column() : l.row(), column);
    }
}
