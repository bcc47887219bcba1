package org.xxgkcheck.output;

/** The Chinese words results print for the codes of the JSON result (organ type, template, severity). */
final class Words {
    private Words() {}

    static String organType(String type) {
        if (type == null) return "";
        return switch (type) {
            case "township-government" -> "乡镇人民政府";
            case "subdistrict-office" -> "街道办事处";
            case "government" -> "县级以上人民政府";
            case "department" -> "政府部门";
            default -> "未识别";
        };
    }

    static String template(String t) {
        if (t == null) return "格式不明";
        return switch (t) {
            case "2021" -> "2021 年格式";
            case "2019" -> "2019 年试行格式";
            case "hybrid" -> "混用两种格式";
            default -> "格式不明";
        };
    }

    static String severity(String s) {
        org.xxgkcheck.findings.Severity v = org.xxgkcheck.findings.Severity.parse(s);
        return v == null ? String.valueOf(s) : v.chinese();
    }
}
