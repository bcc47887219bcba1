package org.xxgkcheck.parse;

import java.util.List;
import java.util.Map;

/** Maps printed row and column labels to template keys, the same way the table readers do; for rule tests. */
public final class TemplateKeys {
    private TemplateKeys() {}

    private static final Map<String, String> T3_COLUMNS = Map.of("自然人", "NP", "商业企业", "BIZ", "科研机构", "SCI",
        "社会公益组织", "NGO", "法律服务机构", "LAW", "其他", "OTH", "总计", "TOT");
    private static final Map<String, String> T4_ROWS = Map.of("行政复议", "RV", "未经复议直接起诉", "LD", "复议后起诉", "LR");
    private static final Map<String, String> T4_COLUMNS = Map.of("结果维持", "KEEP", "结果纠正", "CORR", "其他结果", "OTH",
        "尚未审结", "PEND", "总计", "TOT");

    public static List<String> cells(String markdownRow) {
        return MarkdownReader.splitRow(Labels.trim(markdownRow));
    }

    public static String row(String table, String label) {
        return switch (table) {
            case "T3" -> T3Reader.rowKey(Labels.core(label));
            case "T4" -> T4_ROWS.get(Labels.normalize(label));
            default -> T2Reader.rowGroup(Labels.normalize(label));
        };
    }

    public static String column(String table, String label) {
        String n = Labels.normalize(label);
        return switch (table) {
            case "T3" -> T3_COLUMNS.get(n);
            case "T4" -> T4_COLUMNS.get(n);
            default -> T2Reader.columnKey(n);
        };
    }
}
