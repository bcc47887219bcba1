package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.xxgkcheck.facts.Artifact;
import org.xxgkcheck.facts.Breakdown;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.ExtraRow;
import org.xxgkcheck.facts.Label;
import org.xxgkcheck.facts.Mention;
import org.xxgkcheck.facts.OmittedRow;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Percent;
import org.xxgkcheck.facts.Statement;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.template.TemplateBook;

/**
 * The global `findings` of every rule file. A consequence calls
 * {@code findings.add(drools, where, message)} or, for an equation, {@code findings.add(drools, where, message, left, right)};
 * id, title, severity, basis and points come from the rule's own metadata.
 */
public final class FindingSink {
    private final RuleBook book;
    private final boolean explain;
    private final List<Finding> found = new ArrayList<>();

    public FindingSink(RuleBook book) { this(book, false); }

    /** @param explain record, for every finding, the facts and bound values that made the rule fire */
    public FindingSink(RuleBook book, boolean explain) {
        this.book = book;
        this.explain = explain;
    }

    /** @param drools the consequence's `drools` (typed Object: its class differs between build modes) */
    public void add(Object drools, Object where, String message) {
        record(drools, where, message, Map.of());
    }

    /** An equation that does not hold: left and right are its two sides, printed in the result. */
    public void add(Object drools, Object where, String message, Number left, Number right) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("left", left);
        evidence.put("right", right);
        record(drools, where, message, evidence);
    }

    private void record(Object drools, Object where, String message, Map<String, Object> evidence) {
        String name = ((RuleContext) drools).getRule().getName();
        RuleInfo info = book.byName(name);
        if (info == null) throw new IllegalStateException("rule without metadata: " + name);
        found.add(new Finding(info.id(), info.severity(), info.category(), info.title(), message,
            locate(where, book.data().templates()), evidence, info.basis(), info.points(),
            explain ? Explainer.explain(info, ((RuleContext) drools).getMatch(), where, book.data().templates()) : null));
    }

    public List<Finding> findings() { return found; }

    /** Where a fact sits in the report, named also in the template's words. */
    static Location locate(Object where, TemplateBook templates) {
        Location l = locate(where);
        return l.withPath(templates.path(l.part(), l.table(), l.row(), l.column()));
    }

    /** Where a fact sits in the report; a bare number means a part (for a part that is missing). */
    static Location locate(Object where) {
        if (where instanceof Label l) {
            boolean column = l.isColumn();
            return new Location(l.getPart(), l.getTable(), column ? null : l.getKey(), column ? l.getKey() : null, lineOrNull(l.getLine()));
        }
        if (where instanceof ExtraRow x) return new Location(x.getPart(), x.getTable(), null, null, lineOrNull(x.getLine()));
        if (where instanceof OmittedRow o) return new Location(o.getPart(), o.getTable(), o.getRow(), null, lineOrNull(o.getLine()));
        if (where instanceof Artifact a) return new Location(null, null, null, null, lineOrNull(a.getLine()));
        if (where instanceof Mention m) return textAt(m.getPart(), m.getLine());
        if (where instanceof Statement s) return textAt(s.getPart(), s.getLine());
        if (where instanceof Breakdown b) return textAt(b.getPart(), b.getLine());
        if (where instanceof Percent p) return textAt(p.getPart(), p.getLine());
        if (where instanceof Cell c) return new Location(c.getPart(), c.getTable(), c.getRow(), c.getColumn(), lineOrNull(c.getLine()));
        if (where instanceof Table t) return new Location(t.getPart(), t.getTable(), null, null, lineOrNull(t.getLine()));
        if (where instanceof Part p) return Location.ofPart(p.getNumber(), lineOrNull(p.getLine()));
        if (where instanceof Paragraph p) return new Location(p.getPart() == 0 ? null : p.getPart(), null, null, null, lineOrNull(p.getLine()));
        if (where instanceof Integer n) return Location.ofPart(n, null);
        if (where instanceof Location l) return l;
        return Location.NONE;
    }

    private static Location textAt(int part, int line) {
        return new Location(part == 0 ? null : part, null, null, null, lineOrNull(line));
    }

    private static Integer lineOrNull(int line) { return line > 0 ? line : null; }
}
