package org.xxgkcheck.parse;

import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.facts.Template;

/**
 * Reads table 三 (依申请公开) into its 25 (2021) or 23 (2019) rows × 7 columns. A row is recognised by its
 * label, whatever the merged label cells around it; a row with other than seven numbers makes the table
 * unreadable rather than shifting values into the wrong columns (004 柳屯镇 2022).
 */
final class T3Reader {
    private T3Reader() {}

    private static final List<String> COLUMNS = List.copyOf(Template.T3_COLUMNS.keySet());

    /** Printed labels without numbering, normalised (format-2021.md §2 三). */
    private static final java.util.Map<String, String> CANONICAL = java.util.Map.ofEntries(
        java.util.Map.entry("NEW", "本年新收政府信息公开申请数量"), java.util.Map.entry("CARRY_IN", "上年结转政府信息公开申请数量"),
        java.util.Map.entry("OPEN", "予以公开"), java.util.Map.entry("PARTIAL", "部分公开(区分处理的,只计这一情形,不计其他情形)"),
        java.util.Map.entry("DENY_1", "属于国家秘密"), java.util.Map.entry("DENY_2", "其他法律行政法规禁止公开"),
        java.util.Map.entry("DENY_3", "危及三安全一稳定"), java.util.Map.entry("DENY_4", "保护第三方合法权益"),
        java.util.Map.entry("DENY_5", "属于三类内部事务信息"), java.util.Map.entry("DENY_6", "属于四类过程性信息"),
        java.util.Map.entry("DENY_7", "属于行政执法案卷"), java.util.Map.entry("DENY_8", "属于行政查询事项"),
        java.util.Map.entry("UNABLE_1", "本机关不掌握相关政府信息"), java.util.Map.entry("UNABLE_2", "没有现成信息需要另行制作"),
        java.util.Map.entry("UNABLE_3", "补正后申请内容仍不明确"), java.util.Map.entry("NOPROC_1", "信访举报投诉类申请"),
        java.util.Map.entry("NOPROC_2", "重复申请"), java.util.Map.entry("NOPROC_3", "要求提供公开出版物"),
        java.util.Map.entry("NOPROC_4", "无正当理由大量反复申请"), java.util.Map.entry("NOPROC_5", "要求行政机关确认或重新出具已获取信息"),
        java.util.Map.entry("OTHER_1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        java.util.Map.entry("OTHER_2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        java.util.Map.entry("OTHER_3", "其他"), java.util.Map.entry("OTHER", "其他处理"), java.util.Map.entry("TOTAL_RES", "总计"),
        java.util.Map.entry("CARRY_OUT", "结转下年度继续办理"));
    /** Known variants seen in real reports (format-2021.md §4). */
    private static final java.util.Set<String> ALIASES = java.util.Set.of("其他法律法规禁止公开", "部分公开");

    static TableRead read(List<Document.Row> rows, int part, int line) {
        TableRead out = new TableRead("T3", part, line);
        boolean started = false;
        String pending = null;
        int pendingLine = 0;
        List<String> seen = new ArrayList<>();
        for (Document.Row row : rows) {
            TableRead.Split split = TableRead.Split.of(row.cells());
            // The label is the right-most cell that names a row; text after it stands where numbers belong.
            String key = null;
            List<String> stray = new ArrayList<>();
            for (int i = split.labels().size() - 1; i >= 0 && key == null; i--) {
                key = rowKey(Labels.core(split.labels().get(i)));
                if (key == null && !Labels.trim(split.labels().get(i)).isEmpty()) stray.add(0, Labels.trim(split.labels().get(i)));
            }
            if (key == null) stray.clear();
            if (!started) {
                if (String.join("", row.cells()).contains("勾稽关系")) out.note = true;
                if (!"NEW".equals(key)) continue;
                started = true;
            }
            int rowLine = row.line();
            if (key == null && pending != null && split.labels().stream().allMatch(c -> Labels.trim(c).isEmpty())) {
                key = pending;     // values printed in the row after their label
                rowLine = pendingLine;
            }
            pending = null;
            if (key == null) {
                if (split.hasNumber()) out.extra(String.join("", split.labels()), row.line());
                continue;
            }
            if (split.values().isEmpty()) {
                pending = key;
                pendingLine = row.line();
                continue;
            }
            if (!stray.isEmpty()) {
                seen.add(key);
                out.unreadable("表三“" + Template.rowLabel("T3", key) + "”行的数值中有文字“" + String.join("、", stray) + "”，无法读取", key, row.line());
                continue;
            }
            if (seen.contains(key)) {
                out.unreadable("表三“" + Template.rowLabel("T3", key) + "”行出现了两次", key, row.line());
                continue;
            }
            seen.add(key);
            if (rowLine == row.line()) out.label(key, split.lastLabel(), CANONICAL.get(key), ALIASES, row.line());
            List<String> values = TableRead.trimBlanks(split.values(), 7, true);
            if (values.size() != 7) {
                out.unreadable("表三“" + Template.rowLabel("T3", key) + "”行应有 7 个数值，实际读到 " + values.size() + " 个",
                    key, rowLine);
                continue;
            }
            for (int c = 0; c < 7; c++) out.cell(key, COLUMNS.get(c), values.get(c), rowLine);
        }
        if (!started) {
            out.unreadable("表三中找不到“一、本年新收政府信息公开申请数量”行", null, line);
            return out;
        }
        boolean has2021 = seen.stream().anyMatch(k -> k.startsWith("OTHER_"));
        boolean has2019 = seen.contains("OTHER");
        out.template = has2021 && has2019 ? "hybrid" : has2021 ? "2021" : has2019 ? "2019" : "unknown";
        List<String> expected = has2019 && !has2021 ? Template.T3_ROWS_2019 : Template.T3_ROWS_2021;
        List<String> missing = expected.stream().filter(k -> !seen.contains(k)).toList();
        if (!missing.isEmpty()) {
            out.unreadable("表三缺少 " + missing.size() + " 行：" + String.join("、",
                missing.stream().map(k -> Template.rowLabel("T3", k)).toList()), null, line);
        }
        return out;
    }

    /** The template row a (normalised, unnumbered) label names, or null. */
    static String rowKey(String label) {
        if (label.isEmpty()) return null;
        if (label.contains("本年新收")) return "NEW";
        if (label.contains("上年结转")) return "CARRY_IN";
        if (label.contains("结转下年度")) return "CARRY_OUT";
        if (label.equals("予以公开")) return "OPEN";
        if (label.startsWith("部分公开")) return "PARTIAL";
        if (label.contains("国家秘密")) return "DENY_1";
        // "其他法律行政止公开" (洪泽区 2023/2024, a misprint of the template label) is still row 2 of （三）.
        if (label.contains("禁止公开") || label.startsWith("其他法律")) return "DENY_2";
        if (label.contains("三安全一稳定")) return "DENY_3";
        if (label.contains("第三方合法权益")) return "DENY_4";
        if (label.contains("三类内部事务")) return "DENY_5";
        if (label.contains("四类过程性")) return "DENY_6";
        if (label.contains("行政执法案卷")) return "DENY_7";
        if (label.contains("行政查询事项")) return "DENY_8";
        if (label.contains("不掌握")) return "UNABLE_1";
        if (label.contains("另行制作") || label.contains("没有现成信息")) return "UNABLE_2";
        if (label.contains("仍不明确")) return "UNABLE_3";
        if (label.contains("信访举报投诉")) return "NOPROC_1";
        if (label.contains("大量反复")) return "NOPROC_4";
        if (label.contains("重复申请")) return "NOPROC_2";
        if (label.contains("公开出版物")) return "NOPROC_3";
        if (label.contains("确认或重新出具")) return "NOPROC_5";
        if (label.contains("逾期不补正")) return "OTHER_1";
        if (label.contains("收费通知") || label.contains("缴纳费用")) return "OTHER_2";
        if (label.equals("其他")) return "OTHER_3";
        if (label.equals("其他处理")) return "OTHER";
        if (label.equals("总计")) return "TOTAL_RES";
        return null;
    }
}
