package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.facts.Template;

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
    /** The date line under the report ("2024年1月20日"), none by default. */
    String dated;

    /** Rows whose full printed label is longer than the short one used in messages. */
    private static final Map<String, String> PRINTED = Map.of(
        "PARTIAL", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "OTHER_1", "（六）其他处理·1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "OTHER_2", "（六）其他处理·2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");

    String render() {
        boolean old = year <= 2020;
        StringBuilder sb = new StringBuilder();
        sb.append(title != null ? title : organ + year + "年政府信息公开工作年度报告").append("\n");
        sb.append(front != null ? front : "本报告依据《中华人民共和国政府信息公开条例》和" + (old ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号")
            + "要求编制。本年度报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。本报告电子版可在示例县人民政府网站"
            + "（http://www.example.gov.cn）下载。如对本报告有疑问，请与示例镇党政办公室联系（电话：0000-1234567）。").append("\n");
        for (int n = 1; n <= 6; n++) {
            if (deleted.contains(n)) continue;
            sb.append(Template.partNumeral(n)).append("、").append(Template.partName(n)).append("\n");
            if (parts.containsKey(n)) sb.append(parts.get(n).strip()).append("\n");
            else sb.append(defaultPart(n, old));
            if (n == 2) table2(sb, old);
            if (n == 3) table3(sb, old);
            if (n == 4) table4(sb);
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

    private void table2(StringBuilder sb, boolean old) {
        if (old) {
            block(sb, "第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"),
                List.of(row2("规章", "REG", "NEWMADE", "NEWPUB", "TOTALPUB"), row2("规范性文件", "NORM", "NEWMADE", "NEWPUB", "TOTALPUB")));
            block(sb, "第二十条第（五）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                List.of(row2("行政许可", "LIC", "PREV", "DELTA", "DEC"), row2("其他对外管理服务事项", "OMS", "PREV", "DELTA", "DEC")));
            block(sb, "第二十条第（六）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                List.of(row2("行政处罚", "PUN", "PREV", "DELTA", "DEC"), row2("行政强制", "COER", "PREV", "DELTA", "DEC")));
            block(sb, "第二十条第（八）项", List.of("上一年项目数量", "本年增/减"), List.of(row2("行政事业性收费", "FEE", "PREV", "DELTA")));
            block(sb, "第二十条第（九）项", List.of("采购项目数量", "采购总金额"), List.of(row2("政府集中采购", "PROC", "COUNT", "AMT")));
            return;
        }
        block(sb, "第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"),
            List.of(row2("规章", "REG", "MADE", "REPEAL", "VALID"), row2("行政规范性文件", "NORM", "MADE", "REPEAL", "VALID")));
        block(sb, "第二十条第（五）项", List.of("本年处理决定数量"), List.of(row2("行政许可", "LIC", "DEC")));
        block(sb, "第二十条第（六）项", List.of("本年处理决定数量"), List.of(row2("行政处罚", "PUN", "DEC"), row2("行政强制", "COER", "DEC")));
        block(sb, "第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of(row2("行政事业性收费", "FEE", "AMT")));
    }

    private List<String> row2(String label, String row, String... columns) {
        List<String> r = new ArrayList<>(List.of(label));
        for (String c : columns) r.add(cell("T2", row, c));
        return r;
    }

    private static void block(StringBuilder sb, String title, List<String> headers, List<List<String>> rows) {
        sb.append("\t").append(title).append("\n\n\t信息内容\n");
        headers.forEach(h -> sb.append("\t").append(h).append("\n"));
        for (List<String> r : rows) {
            sb.append("\n");
            r.forEach(c -> sb.append("\t").append(c).append("\n"));
        }
        sb.append("\n");
    }

    private void table3(StringBuilder sb, boolean old) {
        sb.append("\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\t申请人情况\n\n");
        sb.append("\t\n\t自然人\n\t法人或其他组织\n\t总计\n\n\t\n\t\n\t商业企业\n\t科研机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\t\n");
        for (String row : old ? Template.T3_ROWS_2019 : Template.T3_ROWS_2021) {
            sb.append("\n\t").append(PRINTED.getOrDefault(row, Template.rowLabel("T3", row)).replace("·", "\n\t")).append("\n");
            for (String col : Template.T3_COLUMNS.keySet()) sb.append("\t").append(cell("T3", row, col)).append("\n");
        }
        sb.append("\n");
    }

    private void table4(StringBuilder sb) {
        sb.append("\t行政复议\n\t行政诉讼\n\n\t结果维持\n\t结果纠正\n\t其他结果\n\t尚未审结\n\t总计\n\t未经复议直接起诉\n\t复议后起诉\n\n");
        sb.append("\t\n\t\n\t\n\t\n\t\n");
        for (int i = 0; i < 2; i++) for (String c : Template.T4_COLUMNS.values()) sb.append("\t").append(c).append("\n");
        sb.append("\n");
        for (String g : Template.T4_ROWS.keySet()) for (String c : Template.T4_COLUMNS.keySet()) sb.append("\t").append(cell("T4", g, c)).append("\n");
        sb.append("\n");
    }
}
