package org.xxgkcheck.authoring;

import java.util.List;
import java.util.Map;
import org.xxgkcheck.read.MarkdownCells;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * Reads a markdown table from a rule test case into template cells: the header row names the columns
 * (自然人、商业企业…总计 / 结果维持…总计 / 本年制发件数…), each other row starts with its label (本年新收、予以公开、
 * 行政复议、规章…). Cells not given stay 0.
 */
final class TableSnippet {
    private TableSnippet() {}

    static void read(TemplateBook templates, String table, List<String> rows, int firstLine, Map<String, String> cells, List<String> errors) {
        TableSpec spec = templates.table(table);
        if (rows.isEmpty()) {
            errors.add("第 " + (firstLine - 1) + " 行：" + spec.name() + "后面应是 markdown 表格（| 行 | 列1 | 列2 |）");
            return;
        }
        List<String> header = MarkdownCells.cells(rows.get(0));
        String[] columns = new String[header.size()];
        for (int c = 1; c < header.size(); c++) {
            TableSpec.Hit hit = spec.column(header.get(c));
            columns[c] = hit == null ? null : hit.key();
            if (columns[c] == null) errors.add("第 " + firstLine + " 行：" + spec.name() + "没有“" + header.get(c) + "”这一列");
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> cellsOfRow = MarkdownCells.cells(rows.get(r));
            if (cellsOfRow.stream().allMatch(x -> x.matches("[-:\\s]*"))) continue;   // |---|---|
            TableSpec.Hit hit = spec.row(cellsOfRow.get(0));
            String row = hit == null ? null : hit.key();
            if (row == null) {
                errors.add("第 " + (firstLine + r) + " 行：" + spec.name() + "没有“" + cellsOfRow.get(0) + "”这一行");
                continue;
            }
            for (int c = 1; c < Math.min(cellsOfRow.size(), columns.length); c++) {
                if (columns[c] != null) cells.put(table + "." + row + "." + columns[c], cellsOfRow.get(c));
            }
        }
    }
}
