package org.xxgkcheck.rules;

import java.util.List;
import org.kie.api.runtime.StatelessKieSession;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.FindingOrder;
import org.xxgkcheck.model.Places;

/** Runs the shared rule book over one report's facts in a short stateless session (DROOLS.md §4). */
public final class RuleRunner {
    private RuleRunner() {}

    /** Thrown when a rule fails while running (a type error the compiler let through, DROOLS.md §6.6). */
    public static final class RuleRuntimeException extends RuntimeException {
        public RuleRuntimeException(String message, Throwable cause) { super(message, cause); }
    }

    public static List<Finding> run(RuleBook book, List<Object> facts) {
        return run(book, facts, false);
    }

    public static List<Finding> run(RuleBook book, List<Object> facts, boolean explain) {
        return run(book, facts, explain, Places.LINES);
    }

    /**
     * @param explain attach to every finding the facts and numbers that made it fire (check --explain)
     * @param places  how the report's positions are said and what text stands at each (from its reader)
     */
    public static List<Finding> run(RuleBook book, List<Object> facts, boolean explain, Places places) {
        FindingSink sink = new FindingSink(book, explain, places);
        try {
            for (org.kie.api.KieBase kieBase : book.kieBases()) {
                StatelessKieSession session = kieBase.newStatelessKieSession();
                session.setGlobal("findings", sink);
                session.execute(facts);
            }
        } catch (RuntimeException e) {
            throw new RuleRuntimeException(describe(e, book), e);
        }
        return sink.findings().stream().sorted(FindingOrder.comparator(book.data().templates())).toList();
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) sb.append(t.getMessage()).append('\n');
        return sb.toString();
    }

    private static String locate(RuleBook book, String expression) {
        for (RuleFile f : book.files()) {
            String[] lines = f.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(expression)) return "（规则文件 " + f.path() + " 第 " + (i + 1) + " 行，条件“" + expression + "”）";
            }
        }
        return "（条件“" + expression + "”）";
    }

    /** The rule's name and the root cause, in Chinese. */
    static String describe(Throwable e, RuleBook book) {
        String rule = null;
        Throwable t = e;
        while (t != null) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getRule() != null) rule = ce.getRule().getName();
            if (t.getCause() == null || t.getCause() == t) break;
            t = t.getCause();
        }
        RuleInfo info = rule == null ? null : book.byName(rule);
        String where = info == null ? "" : "（规则文件 " + info.file() + " 第 " + info.line() + " 行）";
        if (info == null) {
            // A condition that fails while evaluated names no rule, only its text: find that text in the rule files.
            java.util.regex.Matcher near = java.util.regex.Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.\\}\\]")
                .matcher(String.valueOf(e.getCause() == null ? e.getMessage() : chain(e)));
            if (near.find()) where = locate(book, near.group(1).strip());
        }
        return "规则" + (rule == null ? "" : "“" + rule + "”") + where + "运行出错：" + kind(t) + "。";
    }

    /** What went wrong, by the kind of exception, in words a rule author can act on; the exception itself is for --debug. */
    private static String kind(Throwable t) {
        if (t instanceof ClassCastException) return "类型不符，例如把数字和文字比较（value > \"abc\"），或把文字当数字用";
        if (t instanceof NullPointerException) return "用到了不存在的值，例如事实中没有的字段或未绑定的变量";
        if (t instanceof ArithmeticException) return "算术错误，例如除以 0";
        if (t instanceof NumberFormatException) return "文字不能转为数字";
        if (t instanceof IndexOutOfBoundsException) return "下标超出范围";
        if (t instanceof IllegalArgumentException) return "传给方法的参数不对，例如 value(\"T3\", 行, 列) 中的行或列编号不存在";
        return "条件或动作执行时出错";
    }
}
