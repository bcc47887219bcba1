package org.xxgkcheck.rules;

/** A problem in a rule file, in Chinese, with the place and the offending source line. */
public record RuleError(String level, String file, int line, String message, String source, String detail) {

    public boolean isError() { return level.equals("error"); }

    /** "规则文件 rules/table/T3-BALANCE.drl 第 14 行：…" followed by the source line; Drools' own words only with --debug. */
    public String format() { return format(false); }

    /** With debug, also Drools' own (English) message, labelled as such, for whoever maintains the tool. */
    public String format(boolean debug) {
        StringBuilder sb = new StringBuilder();
        sb.append(level.equals("error") ? "错误" : "警告").append("：规则文件 ").append(file);
        if (line > 0) sb.append(" 第 ").append(line).append(" 行");
        sb.append("：").append(message);
        if (source != null && !source.isBlank()) sb.append("\n    | ").append(source.strip());
        if (debug && detail != null && !detail.isBlank()) {
            sb.append("\n    调试信息（Drools 的原始信息）：").append(detail.strip().replace("\n", " "));
        }
        return sb.toString();
    }
}
