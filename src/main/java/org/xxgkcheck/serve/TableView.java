package org.xxgkcheck.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.template.TemplateBook;

/**
 * 表二/三/四 as read from the report, with the cells (or rows) a finding points at highlighted and the findings'
 * rule ids in their titles. Tables whose rows share their columns (表三, 表四) are grids; 表二, whose blocks have
 * columns of their own, is a list of row, column and number.
 */
final class TableView {
    private TableView() {}

    private static final Map<String, String> TITLES = Map.of(
        "T2", "表二　主动公开政府信息情况", "T3", "表三　收到和处理政府信息公开申请情况", "T4", "表四　政府信息公开行政复议、行政诉讼情况");

    static void render(List<Cell> cells, List<Finding> findings, TemplateBook templates, StringBuilder h) {
        for (String table : List.of("T2", "T3", "T4")) {
            List<Cell> mine = cells.stream().filter(c -> c.getTable().equals(table)).toList();
            h.append("<h4>").append(Html.esc(TITLES.get(table))).append("</h4>\n");
            if (mine.isEmpty()) {
                h.append("<p class=\"muted\">未能从报告中读出").append(templates.tableName(table)).append("（见上面的发现和读取问题）。</p>\n");
                continue;
            }
            Marks marks = Marks.of(table, findings);
            List<String> rows = ordered(mine.stream().map(Cell::getRow).toList(), table, false, templates);
            Map<String, List<String>> columnsByRow = new LinkedHashMap<>();
            for (String r : rows) {
                columnsByRow.put(r, ordered(mine.stream().filter(c -> c.getRow().equals(r)).map(Cell::getColumn).toList(), table, true, templates));
            }
            Map<String, Cell> byKey = new LinkedHashMap<>();
            for (Cell c : mine) byKey.putIfAbsent(c.getRow() + "." + c.getColumn(), c);
            boolean grid = new LinkedHashSet<>(columnsByRow.values()).size() == 1;
            h.append("<div class=\"table-wrap\"><table class=\"grid\" id=\"table-").append(table).append("\">\n");
            if (grid) {
                List<String> columns = columnsByRow.values().iterator().next();
                h.append("<tr><th></th>");
                for (String col : columns) h.append("<th>").append(Html.esc(templates.columnName(table, null, col))).append("</th>");
                h.append("</tr>\n");
                for (String r : rows) {
                    rowHead(table, r, 1, marks, templates, h);
                    for (String col : columns) cell(byKey.get(r + "." + col), table, r, col, marks, h);
                    h.append("</tr>\n");
                }
            } else {
                h.append("<tr><th>信息内容</th><th>项目</th><th>数值</th></tr>\n");
                for (String r : rows) {
                    List<String> columns = columnsByRow.get(r);
                    for (int i = 0; i < columns.size(); i++) {
                        String col = columns.get(i);
                        if (i == 0) rowHead(table, r, columns.size(), marks, templates, h);
                        else h.append("<tr>");
                        h.append("<td class=\"label\">").append(Html.esc(templates.columnName(table, r, col))).append("</td>");
                        cell(byKey.get(r + "." + col), table, r, col, marks, h);
                        h.append("</tr>\n");
                    }
                }
            }
            h.append("</table></div>\n");
        }
    }

    private static void rowHead(String table, String row, int span, Marks marks, TemplateBook templates, StringBuilder h) {
        List<String> rowRules = marks.rows.getOrDefault(row, List.of());
        h.append("<tr><th scope=\"row\"").append(span > 1 ? " rowspan=\"" + span + "\"" : "").append(rowRules.isEmpty() ? "" : " class=\"fail\" title=\"" + Html.esc(String.join("、", rowRules)) + "\"")
            .append(">").append(Html.esc(templates.rowName(table, row).replace('·', ' '))).append("</th>");
    }

    private static void cell(Cell c, String table, String row, String col, Marks marks, StringBuilder h) {
        List<String> rules = new ArrayList<>(marks.cells.getOrDefault(row + "." + col, List.of()));
        h.append("<td data-cell=\"").append(Html.esc(table + "." + row + "." + col)).append("\"");
        if (!rules.isEmpty()) h.append(" class=\"fail\" title=\"").append(Html.esc(String.join("、", rules))).append("\"");
        h.append(">").append(c == null ? "" : c.isBlank() && c.getRaw().isBlank() ? "—" : Html.esc(c.getRaw())).append("</td>");
    }

    private static List<String> ordered(List<String> keys, String table, boolean column, TemplateBook templates) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(keys));
        out.sort(Comparator.comparingInt(k -> {
            int o = templates.order(table, k, column);
            return o < 0 ? Integer.MAX_VALUE : o;
        }));
        return out;
    }

    /** The cells and rows findings point at, with the rule ids pointing there. */
    private record Marks(Map<String, List<String>> cells, Map<String, List<String>> rows) {
        static Marks of(String table, List<Finding> findings) {
            Map<String, List<String>> cells = new LinkedHashMap<>();
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (Finding f : findings) {
                Location l = f.location();
                if (l == null || !table.equals(l.table()) || l.row() == null) continue;
                Map<String, List<String>> into = l.column() == null ? rows : cells;
                String key = l.column() == null ? l.row() : l.row() + "." + l.column();
                List<String> ids = into.computeIfAbsent(key, k -> new ArrayList<>());
                if (!ids.contains(f.ruleId())) ids.add(f.ruleId());
            }
            return new Marks(cells, rows);
        }
    }
}
