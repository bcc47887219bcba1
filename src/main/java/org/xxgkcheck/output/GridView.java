package org.xxgkcheck.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.findings.Snapshot;

/**
 * One report's 表二, 表三 and 表四 drawn as read, each beside the findings about it: the cells a finding's rule
 * matched are highlighted in the colour of its severity and marked with the finding's number, and the finding's
 * message (the equation with its numbers) stands next to the table under the same number.
 */
final class GridView {
    private GridView() {}

    static void tables(CheckResult r, String id, StringBuilder h) {
        for (Snapshot.Grid g : r.snapshot().tables()) {
            Map<Integer, Finding> about = new LinkedHashMap<>();
            Map<String, List<Integer>> marks = new LinkedHashMap<>();
            Map<String, List<Integer>> rowMarks = new LinkedHashMap<>();
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                boolean here = f.location() != null && g.table().equals(f.location().table());
                for (String cell : f.cells()) {
                    if (!cell.startsWith(g.table() + ".")) continue;
                    here = true;
                    marks.computeIfAbsent(cell, k -> new ArrayList<>()).add(i + 1);
                }
                if (here && f.cells().isEmpty() && f.location().row() != null && f.location().column() == null) {
                    // A finding about a row's label (its wording, a row left out) marks the row's header.
                    rowMarks.computeIfAbsent(f.location().row(), k -> new ArrayList<>()).add(i + 1);
                }
                if (here) about.put(i + 1, f);
            }
            h.append("<div class=\"grid-wrap\">");
            grid(g, marks, rowMarks, r.findings(), id, h);
            if (!about.isEmpty()) {
                h.append("<ol class=\"eqs\">");
                for (Map.Entry<Integer, Finding> e : about.entrySet()) {
                    Finding f = e.getValue();
                    h.append("<li><a class=\"n\" href=\"#").append(id).append("-f").append(e.getKey()).append("\">").append(e.getKey())
                        .append("</a><span class=\"sev sev-").append(f.severity()).append("\">").append(Words.severity(f.severity()))
                        .append("</span> <code>").append(f.ruleId()).append("</code> ").append(ReportView.esc(f.message())).append("</li>");
                }
                h.append("</ol>");
            }
            h.append("</div>\n");
        }
    }

    private static void grid(Snapshot.Grid g, Map<String, List<Integer>> marks, Map<String, List<Integer>> rowMarks,
                             List<Finding> findings, String id, StringBuilder h) {
        h.append("<table class=\"grid\" data-table=\"").append(g.table()).append("\"><caption>").append(ReportView.esc(g.name()));
        if (!g.found()) h.append("<span class=\"why\">：").append(ReportView.esc(g.reason())).append("</span>");
        else if (!g.readable()) h.append("<span class=\"why\">（未能按模板读取，计算关系未检查：").append(ReportView.esc(g.reason())).append("）</span>");
        h.append("</caption>");
        int width = g.rows().stream().mapToInt(x -> x.cells().size()).max().orElse(0) + 1;
        String block = null;
        List<String> header = null;
        for (Snapshot.Row row : g.rows()) {
            List<String> labels = row.cells().stream().map(Snapshot.Cell::label).toList();
            if (row.block() != null && !row.block().equals(block)) {
                h.append("<tr class=\"block\"><th colspan=\"").append(width).append("\">").append(ReportView.esc(row.block())).append("</th></tr>");
                header = null;
            }
            block = row.block();
            if (!labels.equals(header)) {
                h.append("<tr><th></th>");
                for (String l : labels) h.append("<th class=\"col\">").append(ReportView.esc(l)).append("</th>");
                h.append("</tr>");
                header = labels;
            }
            List<Integer> rowBy = rowMarks.getOrDefault(row.key(), List.of());
            h.append("<tr><th class=\"rowh").append(rowBy.isEmpty() ? "" : " hl-row").append("\">").append(ReportView.esc(row.label()));
            for (int n : rowBy) h.append("<a class=\"mark\" href=\"#").append(id).append("-f").append(n).append("\">").append(n).append("</a>");
            h.append("</th>");
            for (Snapshot.Cell c : row.cells()) cell(g.table(), row.key(), c, marks, findings, id, h);
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static void cell(String table, String row, Snapshot.Cell c, Map<String, List<Integer>> marks, List<Finding> findings,
                             String id, StringBuilder h) {
        String key = Snapshot.Cell.key(table, row, c.column());
        List<Integer> by = marks.getOrDefault(key, List.of());
        h.append("<td data-cell=\"").append(key).append('"');
        if (!by.isEmpty()) {
            h.append(" class=\"hl hl-").append(worst(by, findings)).append("\" data-findings=\"");
            for (int i = 0; i < by.size(); i++) h.append(i > 0 ? " " : "").append(by.get(i));
            h.append('"');
        } else if (!c.read()) {
            h.append(" class=\"gap\" title=\"未读出\"");
        }
        h.append('>').append(c.read() ? ReportView.esc(c.raw()) : "");
        for (int n : by) h.append("<a class=\"mark\" href=\"#").append(id).append("-f").append(n).append("\">").append(n).append("</a>");
        h.append("</td>");
    }

    /** The most serious severity among the findings that mark a cell. */
    private static String worst(List<Integer> numbers, List<Finding> findings) {
        Severity worst = null;
        for (int n : numbers) {
            Severity s = findings.get(n - 1).severityLevel();
            if (s != null && (worst == null || s.atLeast(worst))) worst = s;
        }
        return Objects.requireNonNullElse(worst, Severity.INFO).id();
    }
}
