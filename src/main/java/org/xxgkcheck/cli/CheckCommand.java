package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.MemoryGate;
import org.xxgkcheck.check.PreviousReports;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.findings.Waivers;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.output.Format;
import org.xxgkcheck.output.ResultWriter;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.understand.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `check`: checks report files and folders, prints the results, and exits by the worst finding. */
@Command(name = "check", description = "检查年度报告文件或目录（目录中的 .txt .md .html .htm .docx .pdf 文件）。",
    optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：", mixinStandardHelpOptions = true)
public final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(paramLabel = "<文件或目录>", arity = "1..*", description = "要检查的报告文件或目录")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：text、json、jsonl、sarif、html（默认 text）")
    Format format;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认：当前目录下的 rules/，否则用内置规则）")
    Path rules;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
        description = "达到此级别的发现时退出码为 1：error、warning、info、never（默认 error）")
    String failOn;

    @Option(names = "--previous", paramLabel = "<文件或目录>", split = ",",
        description = "上一年度的报告（可为目录，含多个机关），按发布机关和年度与本年报告配对，用于跨年度检查")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "规则方案（rules/profiles/NAME.txt），如 gate（发布前把关）、inspection（全面检查）")
    String profile;

    @Option(names = "--waivers", paramLabel = "FILE", description = "豁免清单：被豁免的发现单独列出，不计分、不影响退出码")
    Path waivers;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "判断豁免是否过期所用的日期（默认今天，北京时间）")
    String today;

    @Option(names = "--explain", description = "对每条发现说明规则要求、匹配到的事实和代入数字后的公式")
    boolean explain;

    @Option(names = "--output", paramLabel = "FILE", description = "把结果写入文件而不是标准输出")
    Path output;

    @Option(names = "--jobs", defaultValue = "1", paramLabel = "N", description = "并行检查的线程数（默认 1）")
    int jobs;

    @Option(names = "--debug", description = "出错时打印详细的堆栈信息，并说明规则缓存的使用情况")
    boolean debug;

    @picocli.CommandLine.Mixin
    CacheOptions cacheOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        Severity threshold = failOn.equals("never") ? null : Severity.parse(failOn);
        if (threshold == null && !failOn.equals("never")) {
            err.println("用法错误：--fail-on 只能是 error、warning、info 或 never，不能是“" + failOn + "”。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        if (jobs < 1 || jobs > 64) {
            err.println("用法错误：--jobs 应在 1 到 64 之间。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        List<Input> files = expand(inputs, err);
        if (files.isEmpty()) {
            err.println("错误：没有找到可检查的文件。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        RuleBook book = RuleLoading.load(rules, cacheOptions.cache(debug ? err : null), err);
        if (book == null) return ExitCode.RULES.code;
        PreviousReports last = PreviousReports.NONE;
        if (!previous.isEmpty()) {
            for (Path p : previous) {
                if (!Files.exists(p)) {
                    err.println("错误：上一年度报告 " + p + " 不存在。");
                    return ExitCode.USAGE_OR_INPUT.code;
                }
            }
            // A previous report that cannot be read only costs its pairing: warn and check this year's reports.
            List<Problem> warnings = new ArrayList<>();
            last = PreviousReports.load(previous, org.xxgkcheck.read.Limits.DEFAULT, book.data().templates(), List.of(), warnings);
            for (Problem w : warnings) {
                debugTrace(w, err, debug);
                err.println("警告：" + w.message() + "；与之配对的报告不做跨年度检查。");
            }
        }
        Profile chosen = null;
        if (profile != null) {
            chosen = book.profiles().get(profile);
            if (chosen == null) {
                err.println("用法错误：没有名为“" + profile + "”的规则方案。可用的方案：" + String.join("、", book.profiles().keySet()) + "。");
                return ExitCode.USAGE_OR_INPUT.code;
            }
        }
        WaiverLedger ledger = null;
        if (waivers != null) {
            ledger = WaiverLoading.load(waivers, today, err);
            if (ledger == null) return ExitCode.USAGE_OR_INPUT.code;
        }
        Checker checker = new Checker(book, new Checker.Options(org.xxgkcheck.read.Limits.DEFAULT, last, chosen, ledger, explain),
            MemoryGate.forThisHeap());
        Output sink;
        try {
            sink = output != null ? Output.file(output) : Output.stdout(spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("错误：无法写入输出文件 " + output + "：" + Output.why(e));
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Writer target = sink.writer();
        // On a terminal, text and jsonl show each report as it is done; otherwise the buffer decides.
        boolean live = output == null && format.printsEachResult() && System.console() != null;
        Tally tally = new Tally(threshold);
        try (ResultWriter writer = format.open(target)) {
            writer.begin();
            InOrder.run(files, jobs, f -> checkGuarded(checker, f), r -> {
                writer.result(r);
                tally.add(r, err, debug);
                if (live) {
                    writer.flush();
                    target.flush();
                }
            });
            List<WaiverLedger.Status> statuses = ledger == null ? List.of() : ledger.statuses();
            for (WaiverLedger.Status w : statuses) {
                if (w.status().equals("expired")) err.println("提示：豁免 " + w.waiver().source() + "（" + w.waiver().ruleId() + "）已于 " + w.waiver().expires() + " 过期，未生效。");
                if (w.status().equals("unmatched")) err.println("提示：豁免 " + w.waiver().source() + "（" + w.waiver().ruleId() + "）没有对应的发现。");
            }
            writer.end(statuses);
            sink.finish();
        } catch (IOException e) {
            sink.abandon();
            err.println(output != null ? "错误：无法写入输出文件 " + output + "：" + Output.why(e) : "错误：无法写出结果：" + Output.why(e));
            return ExitCode.USAGE_OR_INPUT.code;
        }
        return tally.code().code;
    }

    /**
     * One file's check, whatever happens in it: the checker turns reading and rule failures into problems; this is
     * the last net (memory running out between its guards), so the batch always gets a result for the file.
     */
    static CheckResult checkGuarded(Checker checker, Input f) {
        try {
            return checker.check(f.path(), f.display());
        } catch (Throwable t) {
            return CheckResult.unreadable(f.display(), ReportReader.extension(f.display()),
                List.of(Problem.input(t instanceof OutOfMemoryError ? "检查时内存不足，未能得出结果" : "检查该文件时出错，未能得出结果", t)));
        }
    }

    /**
     * What the batch comes to, counted as results come: the exit code, and the stderr line for each file that
     * could not be read or whose rules failed.
     */
    static final class Tally {
        private final Severity threshold;
        private boolean ruleError;
        private boolean unreadable;
        private boolean fails;

        Tally(Severity threshold) { this.threshold = threshold; }

        void add(CheckResult r, PrintStream err, boolean debug) {
            for (Problem p : r.problems()) {
                debugTrace(p, err, debug);
                if (p.fatal()) err.println("无法读取 " + r.file() + "：" + p.message());
                else if (p.kind().equals("rule")) err.println("规则错误（" + r.file() + "）：" + p.message());
                if (p.kind().equals("rule")) ruleError = true;
            }
            if (!r.readable()) unreadable = true;
            if (r.failsAt(threshold)) fails = true;
        }

        ExitCode code() {
            if (ruleError) return ExitCode.RULES;
            if (unreadable) return ExitCode.USAGE_OR_INPUT;
            return fails ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }

    /** With --debug, the exception behind a problem, after the problem's own Chinese sentence. */
    static void debugTrace(Problem p, PrintStream err, boolean debug) {
        if (!debug || p.cause() == null) return;
        err.println("调试信息：" + p.message());
        p.cause().printStackTrace(err);
    }

    /** A file to check and the name it is shown under. */
    record Input(Path path, String display) {}

    /**
     * Files as given; folders walked (sorted) for supported files. A missing path or a pipe named on its own stays,
     * to be reported as that file's problem; a pipe or device met in a folder is skipped with a note (never opened).
     */
    static List<Input> expand(List<Path> paths, PrintStream err) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(new Input(p, display(p)));
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(p)) {
                found = walk.filter(f -> ReportReader.SUPPORTED.contains(ReportReader.extension(f.getFileName().toString())))
                    .filter(f -> !Files.isDirectory(f)).sorted().toList();
            } catch (java.io.UncheckedIOException e) {
                err.println("错误：无法读取目录 " + display(p) + "（" + Output.why(e.getCause()) + "），其中的文件未检查。");
                continue;
            }
            int added = 0;
            for (Path f : found) {
                String other = special(f);
                if (other != null) {
                    err.println("提示：跳过 " + display(f) + "：不是普通文件（是" + other + "）。");
                    continue;
                }
                out.add(new Input(f, display(f)));
                added++;
            }
            if (added == 0) err.println("提示：目录 " + display(p) + " 中没有可检查的文件。");
        }
        return out;
    }

    /** What a path met in a folder is when it is no regular file (a pipe, a device, a dangling link), or null. */
    private static String special(Path f) {
        try {
            return org.xxgkcheck.read.InputFile.notRegular(f);
        } catch (IOException e) {
            return "无法访问的链接";
        }
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
