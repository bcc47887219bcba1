package org.xxgkcheck.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Snapshot;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.template.RowSpec;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * Takes from a report's facts what the HTML page draws: each statistical table in the template's rows and columns
 * with the text read into each cell, and the paragraphs the findings point at. Small: at most a few hundred cells.
 */
final class Snapshots {
    private Snapshots() {}

    static Snapshot of(List<Object> facts, TemplateBook templates, List<Finding> findings) {
        Map<String, Table> tables = new HashMap<>();
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof Table t) tables.put(t.getTable(), t);
            else if (f instanceof Cell c) cells.computeIfAbsent(c.getTable(), k -> new HashMap<>()).put(c.getRow() + "." + c.getColumn(), c);
            else if (f instanceof Paragraph p) paragraphs.add(p);
        }
        List<Snapshot.Grid> grids = new ArrayList<>();
        for (TableSpec spec : templates.tables().values()) {
            Table t = tables.get(spec.table());
            if (t == null) continue;
            grids.add(grid(spec, t, cells.getOrDefault(spec.table(), Map.of())));
        }
        return new Snapshot(grids, passages(paragraphs, findings));
    }

    /**
     * The rows of the table's format (all rows that had a cell read, when the format is mixed or unknown), each
     * with the format's columns for it, so a cell that could not be read shows as a gap in its place.
     */
    private static Snapshot.Grid grid(TableSpec spec, Table t, Map<String, Cell> read) {
        String format = format(spec, t, read.keySet());
        List<Snapshot.Row> rows = new ArrayList<>();
        for (RowSpec r : t.isFound() ? spec.rows().values() : List.<RowSpec>of()) {
            List<String> columns = format != null && r.label().inFormat(format) ? spec.columnsOf(r.key(), format) : readColumns(spec, r.key(), read);
            if (columns.isEmpty()) continue;
            List<Snapshot.Cell> row = new ArrayList<>();
            for (String c : columns) {
                Cell cell = read.get(r.key() + "." + c);
                row.add(new Snapshot.Cell(c, spec.columnName(r.key(), c), cell == null ? null : cell.getRaw()));
            }
            rows.add(new Snapshot.Row(r.key(), spec.rowName(r.key()), r.block(), row));
        }
        return new Snapshot.Grid(spec.table(), spec.name(), t.isFound(), t.isReadable(), t.getReason(), rows);
    }

    /**
     * The format to draw the table in: the one it was read in; for a table that could not be read, the first format
     * its cells fit (the current one when none was read); none for tables that mix formats (only what was read).
     */
    private static String format(TableSpec spec, Table t, java.util.Set<String> read) {
        if (spec.formats().contains(t.getTemplate())) return t.getTemplate();
        if (t.getTemplate().equals("hybrid")) return null;
        List<String> fitting = spec.formatsFitting(read);
        return fitting.isEmpty() ? null : fitting.get(0);
    }

    /** The columns of a row that had a cell read, in printed order. */
    private static List<String> readColumns(TableSpec spec, String row, Map<String, Cell> read) {
        List<String> out = new ArrayList<>();
        for (String c : spec.columns().keySet()) if (read.containsKey(row + "." + c)) out.add(c);
        for (String key : read.keySet()) {
            // Single cells with their own column names (表二 FEE.AMT) are not among the table's columns.
            String c = key.substring(key.indexOf('.') + 1);
            if (key.startsWith(row + ".") && !out.contains(c)) out.add(c);
        }
        return out;
    }

    /** For each place a finding names by part and line, the paragraph there when exactly one paragraph is. */
    private static List<Snapshot.Passage> passages(List<Paragraph> paragraphs, List<Finding> findings) {
        Map<String, Snapshot.Passage> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            Location l = f.location();
            if (l == null || l.line() == null || l.table() != null) continue;
            String key = l.part() + ":" + l.line();
            if (out.containsKey(key)) continue;
            List<Paragraph> there = paragraphs.stream()
                .filter(p -> p.getLine() == l.line() && (l.part() == null || p.getPart() == l.part())).toList();
            // A web page is often one line of the file: a line then names no paragraph in particular.
            if (there.size() == 1) out.put(key, new Snapshot.Passage(l.part(), l.line(), there.get(0).getText()));
        }
        return List.copyOf(out.values());
    }
}
