package org.xxgkcheck.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Picocli's usage errors in Chinese. Picocli builds its messages in English in code, so they are rewritten here
 * by the kind of exception and the argument it concerns; no English sentence of picocli reaches the user, and a
 * kind not known here still gets a Chinese sentence naming what was typed.
 */
final class UsageText {
    private UsageText() {}

    static String chinese(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) return unmatched(u, cl);
        if (ex instanceof CommandLine.MissingParameterException m) return missing(m);
        if (ex instanceof CommandLine.OverwrittenOptionException o) return "选项 " + name(o.getOverwritten()) + " 只能写一次";
        if (ex instanceof CommandLine.MaxValuesExceededException) return "参数太多：" + what(ex);
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) return "这几个选项不能同时使用：" + what(ex);
        String msg = ex.getMessage() == null ? "" : ex.getMessage();
        if (msg.startsWith("Missing required subcommand")) {
            return "缺少命令，可用的命令：" + String.join("、", cl.getSubcommands().keySet());
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) return invalid(arg, ex.getValue());
        return "命令行有误：" + what(ex);
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u, CommandLine cl) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        List<String> suggestions = new ArrayList<>(u.getSuggestions());
        String hint = suggestions.isEmpty() ? "" : "，是否应为 " + String.join("、", suggestions.subList(0, Math.min(3, suggestions.size()))) + "？";
        if (first.startsWith("-")) return "未知选项 " + first + hint;
        if (!cl.getSubcommands().isEmpty()) {
            return "没有名为“" + first + "”的命令" + (hint.isEmpty() ? "，可用的命令：" + String.join("、", cl.getSubcommands().keySet()) : hint);
        }
        return "多余的参数 " + String.join(" ", args);
    }

    private static String missing(CommandLine.MissingParameterException m) {
        List<String> names = new ArrayList<>();
        for (ArgSpec a : m.getMissing()) names.add(name(a));
        if (m.getMissing().size() == 1 && m.getMissing().get(0).isOption() && m.getMissing().get(0).arity().min() > 0) {
            return "选项 " + names.get(0) + " 后面缺少值（" + m.getMissing().get(0).paramLabel() + "）";
        }
        return "缺少必需的参数 " + String.join("、", names);
    }

    /** A value that does not convert: say what the option takes. */
    private static String invalid(ArgSpec arg, String value) {
        String what;
        Class<?> type = arg.type();
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) names.add(c.toString());
            what = "应为 " + String.join("、", names) + " 之一";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            what = "应为整数";
        } else if (type == double.class || type == Double.class || type == float.class) {
            what = "应为数字";
        } else {
            what = "无法识别";
        }
        return (arg.isOption() ? "选项 " : "参数 ") + name(arg) + " 的值“" + value + "”" + what;
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String what(ParameterException ex) {
        ArgSpec a = ex.getArgSpec();
        if (a != null) return name(a);
        return ex.getValue() == null ? "请检查选项和参数的写法" : "“" + ex.getValue() + "”";
    }
}
