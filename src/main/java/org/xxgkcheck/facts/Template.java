package org.xxgkcheck.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed names of parts, tables, rows and columns of the 2021 format (国办公开办函〔2021〕30号) and the
 * 2019 trial format (〔2019〕60号), keyed as in spec/identities.md. Used for messages and to order findings.
 */
public final class Template {
    private Template() {}

    public static final List<String> PART_NAMES = List.of(
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项");

    private static final String[] CN_NUMBERS = {"", "一", "二", "三", "四", "五", "六"};

    /** Table 三 rows of the 2021 format, in printed order, with their printed labels. */
    public static final Map<String, String> T3_ROWS = orderedMap(
        "NEW", "一、本年新收政府信息公开申请数量",
        "CARRY_IN", "二、上年结转政府信息公开申请数量",
        "OPEN", "（一）予以公开",
        "PARTIAL", "（二）部分公开",
        "DENY_1", "（三）不予公开·1.属于国家秘密",
        "DENY_2", "（三）不予公开·2.其他法律行政法规禁止公开",
        "DENY_3", "（三）不予公开·3.危及“三安全一稳定”",
        "DENY_4", "（三）不予公开·4.保护第三方合法权益",
        "DENY_5", "（三）不予公开·5.属于三类内部事务信息",
        "DENY_6", "（三）不予公开·6.属于四类过程性信息",
        "DENY_7", "（三）不予公开·7.属于行政执法案卷",
        "DENY_8", "（三）不予公开·8.属于行政查询事项",
        "UNABLE_1", "（四）无法提供·1.本机关不掌握相关政府信息",
        "UNABLE_2", "（四）无法提供·2.没有现成信息需要另行制作",
        "UNABLE_3", "（四）无法提供·3.补正后申请内容仍不明确",
        "NOPROC_1", "（五）不予处理·1.信访举报投诉类申请",
        "NOPROC_2", "（五）不予处理·2.重复申请",
        "NOPROC_3", "（五）不予处理·3.要求提供公开出版物",
        "NOPROC_4", "（五）不予处理·4.无正当理由大量反复申请",
        "NOPROC_5", "（五）不予处理·5.要求行政机关确认或重新出具已获取信息",
        "OTHER_1", "（六）其他处理·1.申请人无正当理由逾期不补正",
        "OTHER_2", "（六）其他处理·2.申请人逾期未按收费通知要求缴纳费用",
        "OTHER_3", "（六）其他处理·3.其他",
        "OTHER", "（六）其他处理",
        "TOTAL_RES", "（七）总计",
        "CARRY_OUT", "四、结转下年度继续办理");

    public static final List<String> T3_ROWS_2021 = T3_ROWS.keySet().stream().filter(k -> !k.equals("OTHER")).toList();
    public static final List<String> T3_ROWS_2019 = T3_ROWS.keySet().stream().filter(k -> !k.startsWith("OTHER_")).toList();

    public static final Map<String, String> T3_COLUMNS = orderedMap(
        "NP", "自然人", "BIZ", "商业企业", "SCI", "科研机构", "NGO", "社会公益组织",
        "LAW", "法律服务机构", "OTH", "其他", "TOT", "总计");

    /** Table 二 row groups (first part of the key) with their printed labels. */
    public static final Map<String, String> T2_ROWS = orderedMap(
        "REG", "规章", "NORM", "行政规范性文件", "LIC", "行政许可", "OMS", "其他对外管理服务事项",
        "PUN", "行政处罚", "COER", "行政强制", "FEE", "行政事业性收费", "PROC", "政府集中采购");

    public static final Map<String, String> T2_COLUMNS = orderedMap(
        "MADE", "本年制发件数", "REPEAL", "本年废止件数", "VALID", "现行有效件数",
        "DEC", "处理决定数量", "AMT", "金额", "NEWMADE", "本年新制作数量", "NEWPUB", "本年新公开数量",
        "TOTALPUB", "对外公开总数量", "PREV", "上一年项目数量", "DELTA", "本年增/减", "COUNT", "采购项目数量");

    public static final List<String> T2_KEYS_2021 = List.of(
        "REG_MADE", "REG_REPEAL", "REG_VALID", "NORM_MADE", "NORM_REPEAL", "NORM_VALID",
        "LIC_DEC", "PUN_DEC", "COER_DEC", "FEE_AMT");

    public static final List<String> T2_KEYS_2019 = List.of(
        "REG_NEWMADE", "REG_NEWPUB", "REG_TOTALPUB", "NORM_NEWMADE", "NORM_NEWPUB", "NORM_TOTALPUB",
        "LIC_PREV", "LIC_DELTA", "LIC_DEC", "OMS_PREV", "OMS_DELTA", "OMS_DEC",
        "PUN_PREV", "PUN_DELTA", "PUN_DEC", "COER_PREV", "COER_DELTA", "COER_DEC",
        "FEE_PREV", "FEE_DELTA", "PROC_COUNT", "PROC_AMT");

    /** Table 四: three groups of five cells, in printed order. */
    public static final Map<String, String> T4_ROWS = orderedMap(
        "RV", "行政复议", "LD", "行政诉讼·未经复议直接起诉", "LR", "行政诉讼·复议后起诉");
    public static final Map<String, String> T4_COLUMNS = orderedMap(
        "KEEP", "结果维持", "CORR", "结果纠正", "OTH", "其他结果", "PEND", "尚未审结", "TOT", "总计");

    public static String partName(int number) {
        return number >= 1 && number <= 6 ? PART_NAMES.get(number - 1) : "";
    }

    /** "一" … "六". */
    public static String partNumeral(int number) {
        return number >= 1 && number <= 6 ? CN_NUMBERS[number] : String.valueOf(number);
    }

    public static String tableName(String table) {
        return switch (table) {
            case "T2" -> "表二";
            case "T3" -> "表三";
            case "T4" -> "表四";
            default -> table;
        };
    }

    public static String rowLabel(String table, String row) {
        Map<String, String> rows = rowsOf(table);
        return rows == null ? row : rows.getOrDefault(row, row);
    }

    public static String columnLabel(String table, String row, String column) {
        if (table.equals("T2") && row.equals("FEE") && column.equals("AMT")) return "本年收费金额（万元）";
        if (table.equals("T2") && row.equals("PROC") && column.equals("AMT")) return "采购总金额";
        Map<String, String> cols = switch (table) {
            case "T2" -> T2_COLUMNS;
            case "T3" -> T3_COLUMNS;
            case "T4" -> T4_COLUMNS;
            default -> null;
        };
        return cols == null ? column : cols.getOrDefault(column, column);
    }

    /** Position of a row or column key in printed order, for deterministic sorting; -1 when unknown. */
    public static int order(String table, String key, boolean column) {
        Map<String, String> m = column
            ? switch (table) { case "T2" -> T2_COLUMNS; case "T3" -> T3_COLUMNS; case "T4" -> T4_COLUMNS; default -> null; }
            : rowsOf(table);
        if (m == null || key == null) return -1;
        int i = 0;
        for (String k : m.keySet()) {
            if (k.equals(key)) return i;
            i++;
        }
        return -1;
    }

    private static Map<String, String> rowsOf(String table) {
        return switch (table) {
            case "T2" -> T2_ROWS;
            case "T3" -> T3_ROWS;
            case "T4" -> T4_ROWS;
            default -> null;
        };
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
