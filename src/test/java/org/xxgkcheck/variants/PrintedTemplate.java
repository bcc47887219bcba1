package org.xxgkcheck.variants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.xxgkcheck.facts.Cell;

/**
 * The printed labels of tables 二, 三 and 四 of the 2021 format (国办公开办函〔2021〕30号) and the 2019 trial format
 * (〔2019〕60号), copied from the spec (format-2021.md §2, format-2019.md §3–5) on purpose: the test must not take the
 * labels from the code it tests.
 */
final class PrintedTemplate {
    private PrintedTemplate() {}

    static final String T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    static final List<String> T3_COLUMNS = List.of("NP", "BIZ", "SCI", "NGO", "LAW", "OTH", "TOT");
    /** The 法人或其他组织 columns of 表三. */
    static final List<String> T3_LEGAL_PERSONS = List.of("BIZ", "SCI", "NGO", "LAW", "OTH");
    static final List<String> T4_GROUPS = List.of("RV", "LD", "LR");
    static final List<String> T4_COLUMNS = List.of("KEEP", "CORR", "OTH", "PEND", "TOT");
    static final Map<String, String> T4_COLUMN_LABELS = Map.of(
        "KEEP", "结果维持", "CORR", "结果纠正", "OTH", "其他结果", "PEND", "尚未审结", "TOT", "总计");

    /** 表三 rows in printed order: key → the three label columns as printed (level 1, level 2, level 3). */
    static final Map<String, List<String>> T3_ROWS_2021 = new LinkedHashMap<>();
    static final Map<String, List<String>> T3_ROWS_2019 = new LinkedHashMap<>();

    /** 表三 row groups as PDF converters cut the table (one small table per group). */
    static final List<List<String>> T3_GROUPS = List.of(
        List.of("NEW", "CARRY_IN"),
        List.of("OPEN", "PARTIAL"),
        List.of("DENY_1", "DENY_2", "DENY_3", "DENY_4", "DENY_5", "DENY_6", "DENY_7", "DENY_8"),
        List.of("UNABLE_1", "UNABLE_2", "UNABLE_3"),
        List.of("NOPROC_1", "NOPROC_2", "NOPROC_3", "NOPROC_4", "NOPROC_5"),
        List.of("OTHER_1", "OTHER_2", "OTHER_3", "OTHER"),
        List.of("TOTAL_RES", "CARRY_OUT"));

    static {
        row(T3_ROWS_2021, "NEW", "一、本年新收政府信息公开申请数量", "", "");
        row(T3_ROWS_2021, "CARRY_IN", "二、上年结转政府信息公开申请数量", "", "");
        row(T3_ROWS_2021, "OPEN", "三、本年度办理结果", "（一）予以公开", "");
        row(T3_ROWS_2021, "PARTIAL", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "");
        row(T3_ROWS_2021, "DENY_1", "", "（三）不予公开", "1.属于国家秘密");
        row(T3_ROWS_2021, "DENY_2", "", "", "2.其他法律行政法规禁止公开");
        row(T3_ROWS_2021, "DENY_3", "", "", "3.危及“三安全一稳定”");
        row(T3_ROWS_2021, "DENY_4", "", "", "4.保护第三方合法权益");
        row(T3_ROWS_2021, "DENY_5", "", "", "5.属于三类内部事务信息");
        row(T3_ROWS_2021, "DENY_6", "", "", "6.属于四类过程性信息");
        row(T3_ROWS_2021, "DENY_7", "", "", "7.属于行政执法案卷");
        row(T3_ROWS_2021, "DENY_8", "", "", "8.属于行政查询事项");
        row(T3_ROWS_2021, "UNABLE_1", "", "（四）无法提供", "1.本机关不掌握相关政府信息");
        row(T3_ROWS_2021, "UNABLE_2", "", "", "2.没有现成信息需要另行制作");
        row(T3_ROWS_2021, "UNABLE_3", "", "", "3.补正后申请内容仍不明确");
        row(T3_ROWS_2021, "NOPROC_1", "", "（五）不予处理", "1.信访举报投诉类申请");
        row(T3_ROWS_2021, "NOPROC_2", "", "", "2.重复申请");
        row(T3_ROWS_2021, "NOPROC_3", "", "", "3.要求提供公开出版物");
        row(T3_ROWS_2021, "NOPROC_4", "", "", "4.无正当理由大量反复申请");
        row(T3_ROWS_2021, "NOPROC_5", "", "", "5.要求行政机关确认或重新出具已获取信息");
        // 2019 differs only in （六）其他处理, a single row.
        T3_ROWS_2019.putAll(T3_ROWS_2021);
        row(T3_ROWS_2021, "OTHER_1", "", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        row(T3_ROWS_2021, "OTHER_2", "", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        row(T3_ROWS_2021, "OTHER_3", "", "", "3.其他");
        row(T3_ROWS_2019, "OTHER", "", "（六）其他处理", "");
        for (Map<String, List<String>> m : List.of(T3_ROWS_2021, T3_ROWS_2019)) {
            row(m, "TOTAL_RES", "", "（七）总计", "");
            row(m, "CARRY_OUT", "四、结转下年度继续办理", "", "");
        }
    }

    private static void row(Map<String, List<String>> m, String key, String l1, String l2, String l3) {
        m.put(key, List.of(l1, l2, l3));
    }

    /** 表二 2021: blocks of (title, header, rows); each data row is key → printed label and its cell keys. */
    private record T2Row(String key, String label, List<String> columns) {}

    private record T2Block(String title, List<String> header, List<T2Row> rows) {}

    private static final List<T2Block> T2_2021 = List.of(
        new T2Block("第二十条第（一）项", List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), List.of(
            new T2Row("REG", "规章", List.of("MADE", "REPEAL", "VALID")),
            new T2Row("NORM", "行政规范性文件", List.of("MADE", "REPEAL", "VALID")))),
        new T2Block("第二十条第（五）项", List.of("信息内容", "本年处理决定数量"), List.of(
            new T2Row("LIC", "行政许可", List.of("DEC")))),
        new T2Block("第二十条第（六）项", List.of("信息内容", "本年处理决定数量"), List.of(
            new T2Row("PUN", "行政处罚", List.of("DEC")),
            new T2Row("COER", "行政强制", List.of("DEC")))),
        new T2Block("第二十条第（八）项", List.of("信息内容", "本年收费金额（单位：万元）"), List.of(
            new T2Row("FEE", "行政事业性收费", List.of("AMT")))));

    private static final List<T2Block> T2_2019 = List.of(
        new T2Block("第二十条第（一）项", List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of(
            new T2Row("REG", "规章", List.of("NEWMADE", "NEWPUB", "TOTALPUB")),
            new T2Row("NORM", "规范性文件", List.of("NEWMADE", "NEWPUB", "TOTALPUB")))),
        new T2Block("第二十条第（五）项", List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), List.of(
            new T2Row("LIC", "行政许可", List.of("PREV", "DELTA", "DEC")),
            new T2Row("OMS", "其他对外管理服务事项", List.of("PREV", "DELTA", "DEC")))),
        new T2Block("第二十条第（六）项", List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"), List.of(
            new T2Row("PUN", "行政处罚", List.of("PREV", "DELTA", "DEC")),
            new T2Row("COER", "行政强制", List.of("PREV", "DELTA", "DEC")))),
        new T2Block("第二十条第（八）项", List.of("信息内容", "上一年项目数量", "本年增/减"), List.of(
            new T2Row("FEE", "行政事业性收费", List.of("PREV", "DELTA")))),
        new T2Block("第二十条第（九）项", List.of("信息内容", "采购项目数量", "采购总金额"), List.of(
            new T2Row("PROC", "政府集中采购", List.of("COUNT", "AMT")))));

    /** The table rebuilt from its cells (key "T3:NEW_NP"), labels as printed where the tool saw a variant. */
    static Rendition.Grid grid(String table, String template, boolean note, Map<String, Cell> cells, Map<String, String> printed) {
        return switch (table) {
            case "T2" -> t2(template, cells, printed);
            case "T3" -> t3(note, cells, printed);
            case "T4" -> t4(cells, printed);
            default -> throw new IllegalArgumentException(table);
        };
    }

    private static Rendition.Grid t2(String template, Map<String, Cell> cells, Map<String, String> printed) {
        boolean y2019 = template.equals("2019") || cells.containsKey("T2:REG_NEWMADE");
        List<Rendition.Row> rows = new ArrayList<>();
        int b = 0;
        for (T2Block block : y2019 ? T2_2019 : T2_2021) {
            b++;
            rows.add(new Rendition.Row("B" + b, List.of(block.title()), List.of()));
            rows.add(new Rendition.Row("H" + b, block.header(), List.of()));
            for (T2Row r : block.rows()) {
                List<String> values = new ArrayList<>();
                boolean any = false;
                for (String col : r.columns()) {
                    Cell c = cells.get("T2:" + r.key() + "_" + col);
                    any |= c != null;
                    values.add(c == null ? "" : c.getRaw());
                }
                if (!any) continue;
                rows.add(new Rendition.Row(r.key(), List.of(printed.getOrDefault("T2:" + r.key(), r.label())), values));
            }
        }
        return new Rendition.Grid("T2", 4, rows, null);
    }

    private static Rendition.Grid t3(boolean note, Map<String, Cell> cells, Map<String, String> printed) {
        boolean y2019 = cells.containsKey("T3:OTHER_NP");
        List<Rendition.Row> rows = new ArrayList<>(t3Header(note));
        for (Map.Entry<String, List<String>> e : (y2019 ? T3_ROWS_2019 : T3_ROWS_2021).entrySet()) {
            String key = e.getKey();
            List<String> labels = new ArrayList<>(e.getValue());
            String p = printed.get("T3:" + key);
            if (p != null) {
                int leaf = labels.get(2).isEmpty() ? (labels.get(1).isEmpty() ? 0 : 1) : 2;
                labels.set(leaf, p);
            }
            List<String> values = new ArrayList<>();
            for (String col : T3_COLUMNS) {
                Cell c = cells.get("T3:" + key + "_" + col);
                values.add(c == null ? "" : c.getRaw());
            }
            rows.add(new Rendition.Row(key, labels, values));
        }
        return new Rendition.Grid("T3", 10, rows, null);
    }

    /** The three header rows of 表三 (10 grid columns: 3 label columns + 7 data columns). */
    static List<Rendition.Row> t3Header(boolean note) {
        return List.of(
            new Rendition.Row("HN", List.of(note ? T3_NOTE : "", "", "", "申请人情况", "", "", "", "", "", ""), List.of()),
            new Rendition.Row("HC", List.of("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"), List.of()),
            new Rendition.Row("HS", List.of("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""), List.of()));
    }

    private static Rendition.Grid t4(Map<String, Cell> cells, Map<String, String> printed) {
        List<String> h2 = new ArrayList<>();
        for (String c : T4_COLUMNS) h2.add(t4Label(c, printed));
        h2.add("未经复议直接起诉");
        for (int i = 0; i < 4; i++) h2.add("");
        h2.add("复议后起诉");
        for (int i = 0; i < 4; i++) h2.add("");
        List<String> h3 = new ArrayList<>(List.of("", "", "", "", ""));
        for (int g = 0; g < 2; g++) for (String c : T4_COLUMNS) h3.add(t4Label(c, printed));
        List<String> h1 = new ArrayList<>(List.of(t4Group("RV", printed), "", "", "", "", "行政诉讼"));
        while (h1.size() < 15) h1.add("");
        List<String> values = new ArrayList<>();
        for (String g : T4_GROUPS) for (String c : T4_COLUMNS) {
            Cell cell = cells.get("T4:" + g + "_" + c);
            values.add(cell == null ? "" : cell.getRaw());
        }
        return new Rendition.Grid("T4", 15, List.of(
            new Rendition.Row("H1", h1, List.of()),
            new Rendition.Row("H2", h2, List.of()),
            new Rendition.Row("H3", h3, List.of()),
            new Rendition.Row("DATA", List.of(), values)), null);
    }

    static String t4Label(String column, Map<String, String> printed) {
        return printed.getOrDefault("T4:" + column, T4_COLUMN_LABELS.get(column));
    }

    static String t4Group(String group, Map<String, String> printed) {
        return printed.getOrDefault("T4:" + group, switch (group) {
            case "RV" -> "行政复议";
            case "LD" -> "未经复议直接起诉";
            default -> "复议后起诉";
        });
    }

    private static final Pattern NUMERIC = Pattern.compile("^[-+－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[\\s\u3000]*$|^[—/－-]$");

    static boolean looksNumeric(String cell) {
        return NUMERIC.matcher(cell.strip()).matches();
    }
}
