package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.understand.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `bench`: what reading and checking cost, in milliseconds per report, per file and per format. */
@Command(name = "bench", description = "测量读取和检查每份报告的耗时（毫秒），按文件和格式列出。",
    optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<文件或目录>", arity = "0..*", description = "要测量的报告文件或目录（默认：fixtures）")
    List<Path> inputs;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "N", description = "计时前每个文件先完整检查的次数（默认 5）")
    int warmup;

    @Option(names = "--iterations", defaultValue = "20", paramLabel = "N", description = "每个文件计时的次数（默认 20）")
    int iterations;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认：当前目录下的 rules/，否则用内置规则）")
    Path rules;

    @picocli.CommandLine.Mixin
    CacheOptions cacheOptions;

    @Spec
    CommandSpec spec;

    /** Mean milliseconds of one file: reading into facts, and the whole check (reading, rules, score). */
    record Timing(String file, String format, double readMs, double checkMs) {}

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(new WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        if (warmup < 0 || iterations < 1) {
            err.println("用法错误：--warmup 不能小于 0，--iterations 至少为 1。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        List<CheckCommand.Input> files = CheckCommand.expand(inputs == null || inputs.isEmpty() ? List.of(Path.of("fixtures")) : inputs, err);
        if (files.isEmpty()) {
            err.println("错误：没有找到可测量的文件。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        long t0 = System.nanoTime();
        RuleBook book = RuleLoading.load(rules, cacheOptions.cache(null), err);
        if (book == null) return ExitCode.RULES.code;
        out.printf(Locale.ROOT, "规则编译或读取缓存：%.0f ms；每个文件预热 %d 次，计时 %d 次取平均%n", ms(System.nanoTime() - t0), warmup, iterations);
        Checker checker = new Checker(book);
        List<byte[]> contents = new ArrayList<>();
        for (CheckCommand.Input f : files) contents.add(Files.readAllBytes(f.path()));
        // Warm every reader up before any timing, so the first files do not pay for the JIT.
        for (int i = 0; i < warmup; i++) for (int k = 0; k < files.size(); k++) checker.check(files.get(k).display(), contents.get(k));
        List<Timing> timings = new ArrayList<>();
        for (int k = 0; k < files.size(); k++) {
            CheckCommand.Input f = files.get(k);
            byte[] bytes = contents.get(k);
            String format = ReportReader.read(f.display(), bytes, book.data().templates()).info().format();
            double read = time(() -> ReportReader.read(f.display(), bytes, book.data().templates()));
            double check = time(() -> checker.check(f.display(), bytes));
            timings.add(new Timing(f.display(), format, read, check));
            out.printf(Locale.ROOT, "%-6s %8.1f ms 读取 %8.1f ms 检查  %s%n", format, read, check, f.display());
        }
        Map<String, List<Timing>> byFormat = new TreeMap<>();
        for (Timing t : timings) byFormat.computeIfAbsent(t.format(), k -> new ArrayList<>()).add(t);
        out.println("按格式平均（毫秒/份）：");
        for (Map.Entry<String, List<Timing>> e : byFormat.entrySet()) {
            double read = e.getValue().stream().mapToDouble(Timing::readMs).average().orElse(0);
            double check = e.getValue().stream().mapToDouble(Timing::checkMs).average().orElse(0);
            out.printf(Locale.ROOT, "%-6s %3d 份  读取 %8.1f  检查 %8.1f%n", e.getKey(), e.getValue().size(), read, check);
        }
        return 0;
    }

    private double time(Runnable r) {
        long t0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) r.run();
        return ms(System.nanoTime() - t0) / iterations;
    }

    private static double ms(long nanos) { return nanos / 1_000_000.0; }
}
