package org.xxgkcheck.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.template.LabelSpec;
import org.xxgkcheck.template.RowSpec;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * A complete, clean report in the exported-text layout, built around a short test case: policy staff write only
 * what their rule is about (a part's text, some table cells, the year) and the rest is filled with a compliant
 * default, so a case isolates one requirement.
 */
final class SnippetReport {
    int year = 2023;
    String organ = "示例镇人民政府";
    String title;
    String front;
    final Map<Integer, String> parts = new LinkedHashMap<>();
    final Map<String, String> cells = new LinkedHashMap<>();   // "T3.NEW.NP" → "5"
    final List<Integer> deleted = new ArrayList<>();
    /** Table rows left out of the printed table ("T2.REG"). */
    final List<String> deletedRows = new ArrayList<>();
    /** The date line under the report ("2024年1月20日"), none by default. */
    String dated;

    private final TemplateBook templates;

    SnippetReport(TemplateBook templates) { this.templates = templates; }

    String render() {
        boolean old = year <= 2020;
        StringBuilder sb = new StringBuilder();
        sb.append(title != null ? title : organ + year + "年政府信息公开工作年度报告").append("\n");
        sb.append(front != null ? front : "本报告依据《中华人民共和国政府信息公开条例》和" + (old ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号")
            + "要求编制。本年度报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。本报告电子版可在示例县人民政府网站"
            + "（http://www.example.gov.cn）下载。如对本报告有疑问，请与示例镇党政办公室联系（电话：0000-1234567）。").append("\n");
        for (int n = 1; n <= 6; n++) {
            if (deleted.contains(n)) continue;
            sb.append(TemplateBook.numeral(n)).append("、").append(templates.partName(n)).append("\n");
            if (parts.containsKey(n)) sb.append(parts.get(n).strip()).append("\n");
            else sb.append(defaultPart(n, old));
            for (TableSpec t : templates.tables().values()) {
                if (t.part() != n) continue;
                // The trial format is the last one listed, the current format the first.
                String format = old ? t.formats().get(t.formats().size() - 1) : t.formats().get(0);
                switch (t.layout()) {
                    case BLOCKS -> blocks(sb, t, format);
                    case ROWS -> rows(sb, t, format);
                    case SEQUENCE -> sequence(sb, t, format);
                }
            }
        }
        if (dated != null) sb.append(organ).append("\n").append(dated).append("\n");
        return sb.toString();
    }

    private String defaultPart(int n, boolean old) {
        return switch (n) {
            case 1 -> "（一）主动公开\n" + year + "年，本机关通过政府网站主动公开政府信息120条。\n"
                + "（二）依申请公开\n本机关依法受理和办理依申请公开，按时答复。\n"
                + "（三）政府信息管理\n严格落实保密审查制度，及时动态调整公开目录。\n"
                + "（四）政府信息公开平台建设\n依托政府网站专栏和政务新媒体发布信息。\n"
                + "（五）监督保障\n将政府信息公开工作纳入年度绩效考核，邀请群众代表开展社会评议，全年未发生责任追究情况。\n";
            case 5 -> "（一）存在的主要问题\n一是政府网站专栏栏目设置不够细，部分信息归类不准确。二是村（社区）公开栏更新不及时。\n"
                + "（二）改进措施\n下一步，将优化专栏设置，加强对村（社区）公开栏的督促检查。\n";
            case 6 -> old ? "无。\n" : "本年度未收取信息处理费。\n";
            default -> "";
        };
    }

    private String cell(String table, String row, String column) {
        return cells.getOrDefault(table + "." + row + "." + column, "0");
    }

    /** Table 二 block by block: the block title, the header row, the rows of the block (Word's one-cell-a-line export). */
    private void blocks(StringBuilder sb, TableSpec t, String format) {
        String block = null;
        List<RowSpec> rows = new ArrayList<>();
        for (RowSpec r : t.rows().values()) {
            if (!r.label().inFormat(format) || t.columnsOf(r.key(), format).isEmpty()) continue;
            if (deletedRows.contains(t.table() + "." + r.key())) continue;
            if (!rows.isEmpty() && !java.util.Objects.equals(block, r.block())) {
                block(sb, t, format, block, rows);
                rows.clear();
            }
            block = r.block();
            rows.add(r);
        }
        if (!rows.isEmpty()) block(sb, t, format, block, rows);
    }

    private void block(StringBuilder sb, TableSpec t, String format, String title, List<RowSpec> rows) {
        if (title != null) sb.append("\t").append(title).append("\n\n");
        sb.append("\t").append(t.header()).append("\n");
        String first = rows.get(0).key();
        for (String c : t.columnsOf(first, format)) sb.append("\t").append(t.columnName(first, c)).append("\n");
        for (RowSpec r : rows) {
            sb.append("\n\t").append(r.label().printed().get(format.equals(t.formats().get(0)) ? 0 : r.label().printed().size() - 1)).append("\n");
            for (String c : t.columnsOf(r.key(), format)) sb.append("\t").append(cell(t.table(), r.key(), c)).append("\n");
        }
        sb.append("\n");
    }

    /** Table 三: the note and the column names, then each row's printed label (levels on lines of their own) and numbers. */
    private void rows(StringBuilder sb, TableSpec t, String format) {
        if (t.note() != null) sb.append("\t").append(t.note()).append("\n\n");
        for (LabelSpec c : t.columns().values()) sb.append("\t").append(c.printed().get(0)).append("\n");
        for (RowSpec r : t.rows().values()) {
            if (!r.label().inFormat(format) || deletedRows.contains(t.table() + "." + r.key())) continue;
            sb.append("\n\t").append(r.label().printed().get(0).replace("·", "\n\t")).append("\n");
            for (String c : t.columnsOf(r.key(), format)) sb.append("\t").append(cell(t.table(), r.key(), c)).append("\n");
        }
        sb.append("\n");
    }

    /** Table 四: the group names and column names as header rows, then every number in template order. */
    private void sequence(StringBuilder sb, TableSpec t, String format) {
        java.util.Set<String> groups = new java.util.LinkedHashSet<>();
        List<String> second = new ArrayList<>();
        for (RowSpec r : t.rows().values()) {
            String[] levels = r.label().name().split("·");
            groups.add(levels[0]);
            if (levels.length > 1) second.add(levels[1]);
        }
        groups.forEach(g -> sb.append("\t").append(g).append("\n"));
        sb.append("\n");
        for (LabelSpec c : t.columns().values()) sb.append("\t").append(c.printed().get(0)).append("\n");
        second.forEach(g -> sb.append("\t").append(g).append("\n"));
        sb.append("\n");
        for (int i = 0; i < second.size(); i++) for (LabelSpec c : t.columns().values()) sb.append("\t").append(c.printed().get(0)).append("\n");
        sb.append("\n");
        for (String cell : t.cells(format)) {
            String[] rc = cell.split("\\.");
            sb.append("\t").append(cell(t.table(), rc[0], rc[1])).append("\n");
        }
        sb.append("\n");
    }
}
