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
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Statement;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Places;
import org.xxgkcheck.model.Quote;
import org.xxgkcheck.template.TemplateBook;

/**
 * The global `findings` of every rule file. A consequence calls
 * {@code findings.add(drools, where, message)} or, for an equation, {@code findings.add(drools, where, message, left, right)};
 * id, title, severity, basis and points come from the rule's own metadata.
 */
public final class FindingSink {
    private final RuleBook book;
    private final boolean explain;
    private final Places places;
    private final List<Finding> found = new ArrayList<>();

    public FindingSink(RuleBook book) { this(book, false, Places.LINES); }

    /**
     * @param explain record, for every finding, the facts and bound values that made the rule fire
     * @param places  how this report's positions are said (page and line, paragraph, line) and the text at each
     */
    public FindingSink(RuleBook book, boolean explain, Places places) {
        this.book = book;
        this.explain = explain;
        this.places = places;
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
        RuleContext context = (RuleContext) drools;
        String name = context.getRule().getName();
        RuleInfo info = book.byName(name);
        if (info == null) throw new IllegalStateException("rule without metadata: " + name);
        found.add(new Finding(info.id(), info.severity(), info.category(), info.title(), message,
            locate(where, book.data().templates(), places), evidence, info.basis(), info.points(),
            explain ? Explainer.explain(info, context.getMatch(), where, places, book.data().templates()) : null, cells(context.getMatch())));
    }

    /**
     * The cells a rule matched, as "T3.NEW.NP": its Cell patterns, and the cells an accumulate collected into a list
     * ({@code $cells : collectList($c)}), since a sum's own operands are not part of the match.
     */
    static List<String> cells(org.kie.api.runtime.rule.Match match) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (Object o : match.getObjects()) if (o instanceof Cell c) keys.add(key(c));
        for (String id : match.getDeclarationIds()) {
            if (match.getDeclarationValue(id) instanceof java.util.Collection<?> list) {
                for (Object o : list) if (o instanceof Cell c) keys.add(key(c));
            }
        }
        return List.copyOf(keys);
    }

    private static String key(Cell c) {
        return org.xxgkcheck.findings.Snapshot.Cell.key(c.getTable(), c.getRow(), c.getColumn());
    }

    public List<Finding> findings() { return found; }

    /** Where a fact sits in the report, named also in the template's words, with the text there. */
    static Location locate(Object where, TemplateBook templates, Places places) {
        // The title and front matter are said at the report's first line, quoting the title.
        Location l = where instanceof Report r ? Location.at(null, null, null, null, places.front()).withQuote(Quote.of(r.getTitle()))
            : locate(where);
        String path = templates.path(l.part(), l.table(), l.row(), l.column());
        return places.resolve(l.withPath(path.isEmpty() ? null : path));
    }

    /**
     * Where a fact sits in the report (its reader's position) and, when the fact carries it, the text that made the
     * rule fire; a bare number means a part (for a part that is missing). Facts without their own text (a cell, a
     * table) are quoted from the row or block at their position when the location is resolved.
     */
    static Location locate(Object where) {
        if (where instanceof Label l) {
            boolean column = l.isColumn();
            return Location.at(l.getPart(), l.getTable(), column ? null : l.getKey(), column ? l.getKey() : null, pos(l.getLine()))
                .withQuote(Quote.of(l.getPrinted()));
        }
        if (where instanceof ExtraRow x) return Location.at(x.getPart(), x.getTable(), null, null, pos(x.getLine())).withQuote(Quote.of(x.getLabel()));
        if (where instanceof OmittedRow o) return Location.at(o.getPart(), o.getTable(), o.getRow(), null, pos(o.getLine()));
        if (where instanceof Artifact a) return Location.at(null, null, null, null, pos(a.getLine())).withQuote(Quote.of(a.getText()));
        if (where instanceof Mention m) return textAt(m.getPart(), m.getLine(), Quote.around(m.getText(), m.getWords()));
        if (where instanceof Statement s) return textAt(s.getPart(), s.getLine(), Quote.of(s.getText()));
        if (where instanceof Breakdown b) return textAt(b.getPart(), b.getLine(), Quote.of(b.getText()));
        if (where instanceof Percent p) return textAt(p.getPart(), p.getLine(), Quote.of(p.getText()));
        if (where instanceof Cell c) return Location.at(c.getPart(), c.getTable(), c.getRow(), c.getColumn(), pos(c.getLine()));
        if (where instanceof Table t) return Location.at(t.getPart(), t.getTable(), null, null, pos(t.getLine()));
        if (where instanceof Part p) return Location.at(p.getNumber(), null, null, null, pos(p.getLine())).withQuote(Quote.of(p.getHeading()));
        if (where instanceof Paragraph p) return textAt(p.getPart(), p.getLine(), Quote.of(p.getText()));
        if (where instanceof Integer n) return Location.at(n, null, null, null, null);
        if (where instanceof Location l) return l;
        return Location.NONE;
    }

    private static Location textAt(int part, int line, String quote) {
        return Location.at(part == 0 ? null : part, null, null, null, pos(line)).withQuote(quote);
    }

    private static Integer pos(int line) { return line > 0 ? line : null; }
}
