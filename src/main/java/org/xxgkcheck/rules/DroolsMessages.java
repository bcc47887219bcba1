package org.xxgkcheck.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Drools' English compile messages into Chinese a policy officer can act on. */
final class DroolsMessages {
    private DroolsMessages() {}

    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined");
    private static final Pattern UNRESOLVED_VAR = Pattern.compile("(\\w+) cannot be resolved(?: to a variable)?");

    static String chinese(String text) {
        Matcher m = UNKNOWN_FIELD.matcher(text);
        if (m.find()) {
            String type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            return "事实类型 " + type + " 没有字段“" + m.group(2) + "”。可用字段：" + FactFields.of(type) + "。";
        }
        if ((m = UNKNOWN_TYPE.matcher(text)).find()) {
            return "未知的事实类型“" + m.group(1) + "”。可用类型：" + FactFields.types() + "（需在文件头 import）。";
        }
        if (text.contains("no viable alternative") || text.contains("mismatched input") || text.contains("missing")
                && text.contains("ERR 10")) {
            m = MISMATCHED.matcher(text);
            String near = m.find() ? "“" + m.group(1) + "”处" : "此处";
            if (near.equalsIgnoreCase("“<EOF>”处")) return "语法错误：文件在规则结束前就结束了，可能缺少 end 或右括号。";
            return "语法错误：在" + near + "不符合 DRL 语法（常见原因：上一行缺少右括号、引号未闭合、缺少 then 或 end）。";
        }
        if (text.contains("Parser returned a null Package")) return "文件无法解析（见同一文件的其他错误）。";
        if ((m = DUPLICATE.matcher(text)).find()) {
            return "规则名称“" + m.group(1).strip() + "”重复：所有规则文件同属一个包，规则名必须唯一。";
        }
        if ((m = UNDEFINED_METHOD.matcher(text)).find()) {
            return "动作（then 部分）调用了不存在的方法 " + m.group(1) + "（可用：findings.add(drools, 位置, 消息) 或 "
                + "findings.add(drools, 位置, 消息, 左边, 右边)）。";
        }
        if (text.contains("Rule Compilation error")) {
            m = UNRESOLVED_VAR.matcher(text);
            if (m.find()) return "动作（then 部分）用到了未定义的变量“" + m.group(1) + "”（变量需在 when 部分用 $名称 绑定）。";
            return "动作（then 部分）无法编译，请检查 Java 表达式、字符串引号和分号。";
        }
        if (text.contains("Unable to Analyse Expression") || text.contains("Unable to analyze expression")) {
            return "无法解析条件表达式，请检查字段名、运算符和引号。";
        }
        return "规则无法编译（加 --debug 可看到 Drools 的原始信息）。";
    }
}
