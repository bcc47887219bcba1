package org.xxgkcheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.xxgkcheck.model.Tool;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** xxgk-check: the top command; subcommands do the work. */
@Command(name = Tool.NAME, mixinStandardHelpOptions = true, version = Tool.NAME + " " + Tool.VERSION,
    description = "政府信息公开工作年度报告合规检查。",
    subcommands = {CheckCommand.class, RulesCommand.class, BenchCommand.class, ServeCommand.class},
    commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
public final class RootCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; stdout carries only the result. Neither stream is a terminal. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Terminal.NONE);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, saying which of the streams are terminals. */
    public static int run(String[] args, PrintStream out, PrintStream err, Terminal terminal) {
        CommandLine cl = new CommandLine(new RootCommand());
        CheckCommand check = cl.getSubcommands().get("check").getCommand();
        check.terminal = terminal;
        check.stdout = out;
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("org.xxgkcheck.cli.usage", java.util.Locale.ROOT));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            String text = UsageText.chinese(ex);
            w.println("用法错误：" + text + (text.endsWith("？") ? "" : "。"));
            w.println("使用 " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help 查看用法。");
            return ExitCode.USAGE_OR_INPUT.code;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            boolean debug = java.util.Arrays.asList(args).contains("--debug");
            if (debug) ex.printStackTrace(err);
            // Without --debug, no Java class name or stack trace reaches the user.
            err.println("内部错误：程序遇到意外情况，未能完成" + (debug ? "。" : "（加 --debug 查看详细信息）。"));
            return ExitCode.USAGE_OR_INPUT.code;
        });
        return cl.execute(args);
    }
}
