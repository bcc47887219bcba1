package org.xxgkcheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xxgkcheck.facts.Template;

/**
 * Reads table 二 (主动公开) block by block (第二十条第（一）（五）（六）（八）项, 2019 also （九）): each block's header
 * row names its columns, each data row its row group, so the same reader serves the 2021 and the 2019 layout.
 */
final class T2Reader {
    private T2Reader() {}

    private static final Set<String> COLUMNS_2019 = Set.of("NEWMADE", "NEWPUB", "TOTALPUB", "PREV", "DELTA", "COUNT");
    private static final Set<String> COLUMNS_2021 = Set.of("MADE", "REPEAL", "VALID");

    static TableRead read(List<Document.Row> rows, int part, int line) {
        TableRead out = new TableRead("T2", part, line);
        List<String> headers = null;
        boolean saw2019 = false;
        boolean saw2021 = false;
        List<String> seen = new ArrayList<>();
        for (Document.Row row : rows) {
            List<String> cells = row.cells();
            String first = firstLabel(cells);
            if (first.contains("第二十条")) {
                headers = null;
                continue;
            }
            if (first.equals("信息内容")) {
                headers = new ArrayList<>();
                for (String c : cells.subList(cells.indexOf(firstRaw(cells)) + 1, cells.size())) {
                    if (Labels.trim(c).isEmpty()) continue;
                    String col = columnKey(Labels.normalize(c));
                    headers.add(col);
                    saw2019 |= COLUMNS_2019.contains(col);
                    saw2021 |= COLUMNS_2021.contains(col);
                }
                continue;
            }
            String group = rowGroup(first);
            TableRead.Split split = TableRead.Split.of(cells);
            if (group == null) {
                if (split.hasNumber()) out.extra(String.join("", split.labels()), row.line());
                continue;
            }
            saw2019 |= group.equals("OMS") || group.equals("PROC");
            if (headers == null || headers.contains(null)) {
                out.unreadable("表二“" + Template.rowLabel("T2", group) + "”行之前没有可识别的表头（信息内容/本年制发件数…）", group, row.line());
                continue;
            }
            List<String> values = TableRead.trimBlanks(split.values(), headers.size(), false);
            if (values.size() != headers.size()) {
                out.unreadable("表二“" + Template.rowLabel("T2", group) + "”行应有 " + headers.size() + " 个数值，实际读到 "
                    + values.size() + " 个", group, row.line());
                continue;
            }
            for (int c = 0; c < headers.size(); c++) {
                String key = group + "_" + headers.get(c);
                seen.add(key);
                out.cell(group, headers.get(c), values.get(c), row.line());
            }
        }
        saw2021 |= seen.contains("FEE_AMT");
        out.template = saw2019 && saw2021 ? "hybrid" : saw2019 ? "2019" : saw2021 ? "2021" : "unknown";
        List<String> expected = out.template.equals("2019") ? Template.T2_KEYS_2019 : Template.T2_KEYS_2021;
        if (out.template.equals("hybrid")) {
            out.unreadable("表二混用了 2019 年试行格式和 2021 年格式的栏目，无法按任一模板读取", null, line);
        } else {
            List<String> missing = expected.stream().filter(k -> !seen.contains(k)).toList();
            boolean rowProblems = !out.reasons.isEmpty();
            if (!missing.isEmpty() && !rowProblems) {
                out.unreadable("表二缺少 " + missing.size() + " 个单元格：" + String.join("、", missing), null, line);
            }
        }
        return out;
    }

    private static String firstRaw(List<String> cells) {
        for (String c : cells) if (!Labels.trim(c).isEmpty()) return c;
        return "";
    }

    private static String firstLabel(List<String> cells) {
        return Labels.normalize(firstRaw(cells));
    }

    static String rowGroup(String label) {
        String l = Labels.withoutAnnotation(label);
        return switch (l) {
            case "规章" -> "REG";
            case "行政规范性文件", "规范性文件" -> "NORM";
            case "行政许可" -> "LIC";
            case "其他对外管理服务事项" -> "OMS";
            case "行政处罚" -> "PUN";
            case "行政强制" -> "COER";
            case "行政事业性收费" -> "FEE";
            case "政府集中采购" -> "PROC";
            default -> null;
        };
    }

    /** The column key a (normalised) header label names; null when unknown. */
    static String columnKey(String h) {
        if (h.contains("制发件数")) return "MADE";
        if (h.contains("废止件数")) return "REPEAL";
        if (h.contains("现行有效")) return "VALID";
        if (h.contains("处理决定数量")) return "DEC";
        if (h.contains("收费金额") || h.contains("采购总金额")) return "AMT";
        if (h.contains("新制作数量")) return "NEWMADE";
        if (h.contains("新公开数量")) return "NEWPUB";
        if (h.contains("对外公开总数量")) return "TOTALPUB";
        if (h.contains("上一年项目数量")) return "PREV";
        if (h.contains("增/减") || h.contains("增减")) return "DELTA";
        if (h.contains("采购项目数量")) return "COUNT";
        return null;
    }
}
