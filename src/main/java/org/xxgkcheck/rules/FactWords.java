package org.xxgkcheck.rules;

import java.util.Map;

/**
 * The Chinese words for what rules see, for --explain: fact types, their fields, and the codes some fields hold
 * (机关类型, 表格格式, 标签写法, 说法的种类). The codes themselves stay in the facts and the JSON contract; only
 * what a person reads is translated.
 */
final class FactWords {
    private FactWords() {}

    static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("Cell", "单元格"), Map.entry("Mention", "用到词表词语的句子"), Map.entry("Part", "部分"),
        Map.entry("Paragraph", "段落"), Map.entry("Table", "表格"), Map.entry("Statement", "正文中的说法"),
        Map.entry("Breakdown", "正文中“共……其中……”的说法"), Map.entry("Percent", "正文中的百分比"), Map.entry("Report", "报告"),
        Map.entry("Term", "词表中的一项"), Map.entry("Setting", "设定"), Map.entry("LastYear", "上一年度报告"),
        Map.entry("Similarity", "与上年报告的相似度"), Map.entry("Label", "表格标签"), Map.entry("ExtraRow", "模板外的行"),
        Map.entry("OmittedRow", "省略的行"), Map.entry("TemplatePart", "格式规定的部分"), Map.entry("Artifact", "导出残留"));

    static final Map<String, String> FIELDS = Map.ofEntries(
        Map.entry("family", "词族"), Map.entry("name", "名称"), Map.entry("part", "所在部分"), Map.entry("segment", "所在段"),
        Map.entry("sentence", "句子"), Map.entry("text", "文字"), Map.entry("words", "词语"), Map.entry("line", "行号"),
        Map.entry("table", "表"), Map.entry("row", "行"), Map.entry("column", "列"), Map.entry("value", "数值"),
        Map.entry("amount", "金额"), Map.entry("raw", "原文"), Map.entry("key", "编号"), Map.entry("template", "表格格式"),
        Map.entry("reason", "原因"), Map.entry("number", "序号"), Map.entry("numeral", "中文序号"), Map.entry("heading", "标题"),
        Map.entry("numbering", "编号"), Map.entry("sentenceCount", "句数"), Map.entry("kind", "说法"), Map.entry("other", "列出的个数"),
        Map.entry("total", "总数"), Map.entry("sum", "分项之和"), Map.entry("percent", "百分比"), Map.entry("count", "件数"),
        Map.entry("year", "年度"), Map.entry("organ", "机关"), Map.entry("organType", "机关类型"), Map.entry("organLevel", "机关层级"),
        Map.entry("periodStart", "统计期限起"), Map.entry("periodEnd", "统计期限止"), Map.entry("title", "标题"),
        Map.entry("format", "读取格式"), Map.entry("frontMatter", "前言"), Map.entry("status", "写法"), Map.entry("printed", "原文"),
        Map.entry("canonical", "格式原文"), Map.entry("label", "标签"), Map.entry("index", "序号"), Map.entry("scope", "范围"),
        Map.entry("position", "位置"), Map.entry("tableName", "表名"), Map.entry("rowLabel", "行名"), Map.entry("columnLabel", "列名"),
        Map.entry("parts", "分项数"), Map.entry("unit", "单位"), Map.entry("file", "文件"));

    /** Boolean fields: what "field" and "!field" say. */
    static final Map<String, String[]> FLAGS = Map.ofEntries(
        Map.entry("listed", new String[] {"只在列举中出现", "不只在列举中出现"}), Map.entry("blank", new String[] {"空白", "不空白"}),
        Map.entry("found", new String[] {"已找到", "未找到"}), Map.entry("readable", new String[] {"能按模板读出", "不能按模板读出"}),
        Map.entry("integer", new String[] {"是整数", "不是整数"}), Map.entry("numeric", new String[] {"是数字", "不是数字"}),
        Map.entry("government", new String[] {"是人民政府", "不是人民政府"}),
        Map.entry("periodStated", new String[] {"写明了统计期限", "没有写明统计期限"}),
        Map.entry("canonicalWording", new String[] {"措辞与格式相同", "措辞与格式不同"}),
        Map.entry("partFound", new String[] {"所在部分已找到", "所在部分未找到"}),
        Map.entry("note", new String[] {"表头有勾稽说明", "表头没有勾稽说明"}),
        Map.entry("column", new String[] {"是表头中的列名", "不是表头中的列名"}));

    static final Map<String, String> ORGAN_TYPES = Map.of("township-government", "乡镇人民政府", "subdistrict-office", "街道办事处",
        "government", "县级以上人民政府", "department", "政府部门", "unknown", "无法判断");

    static final Map<String, String> ORGAN_LEVELS = Map.of("township", "乡镇", "county", "县级", "city", "市级", "province", "省级", "unknown", "无法判断");

    static final Map<String, String> TEMPLATES = Map.of("2021", "2021 年格式", "2019", "2019 年试行格式",
        "hybrid", "两种格式混用", "unknown", "格式无法判断");

    static final Map<String, String> LABEL_STATUS = Map.of("canonical", "与格式相同", "alias", "已知的变体写法", "loose", "仅凭关键词认出");

    static final Map<String, String> STATEMENT_KINDS = Map.ofEntries(
        Map.entry("APPS_RECEIVED", "收到申请件数"), Map.entry("APPS_CLOSED", "办结件数"), Map.entry("APPS_CARRIED_OVER", "结转件数"),
        Map.entry("REVIEWS", "行政复议件数"), Map.entry("LAWSUITS", "行政诉讼件数"), Map.entry("NORMS_MADE", "制发规范性文件件数"),
        Map.entry("NO_APPLICATIONS", "“未收到申请”"), Map.entry("NO_REVIEW", "“未发生行政复议”"), Map.entry("NO_LAWSUIT", "“未发生行政诉讼”"),
        Map.entry("PARTS_CLAIMED", "“共几部分”"), Map.entry("YEAR_LEAD", "以年份开头的句子"), Map.entry("DATED", "落款日期"));

    /** A code held by a field, in Chinese; the code itself when it has no translation. */
    static String code(String field, String code) {
        Map<String, String> m = switch (field) {
            case "organType" -> ORGAN_TYPES;
            case "organLevel" -> ORGAN_LEVELS;
            case "template" -> TEMPLATES;
            case "status" -> LABEL_STATUS;
            case "kind" -> STATEMENT_KINDS;
            default -> Map.of();
        };
        return m.getOrDefault(code, code);
    }

    static String type(String type) { return TYPES.getOrDefault(type, "事实"); }

    static String field(String field) { return FIELDS.getOrDefault(field, field); }
}
