package org.xxgkcheck.rules;

/** A problem in a rule file, in Chinese, with the place and the offending source line. */
public record RuleError(String level, String file, int line, String message, String source, String detail) {

    public boolean isError() { return level.equals("error"); }

    /** "规则文件 rules/table/T3-BALANCE.drl 第 14 行：…" followed by the source line and Drools' own words. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(level.equals("error") ? "错误" : "警告").append("：规则文件 ").append(file);
        if (line > 0) sb.append(" 第 ").append(line).append(" 行");
        sb.append("：").append(message);
        if (source != null && !source.isBlank()) sb.append("\n    | ").append(source.strip());
        if (detail != null && !detail.isBlank()) sb.append("\n    （Drools 原文：").append(detail.strip().replace("\n", " ")).append("）");
        return sb.toString();
    }
}
