package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.output.Format;
import org.xxgkcheck.output.ResultWriter;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleRunner;
import org.xxgkcheck.template.TemplateBook;
import org.xxgkcheck.understand.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `bench`: where the time of a check goes. One run prints, after a warm-up: the CPU time of each stage per report
 * (read: bytes → document; facts: document → facts; rules: the Drools run and the score; output: the JSONL line),
 * measured on this thread with ThreadMXBean; the reports per second of each input format end to end at one and at
 * two threads (the inputs repeated, through the same checker and in-order hand-off as `check`); the rules alone
 * on the same facts at one and two threads (the engine's limit) and the ratio of the two rates; and the heap's peak.
 */
@Command(name = "bench", description = "测量检查的速度和时间去向：各格式每秒检查的份数（1 个和 2 个线程）、每份报告各阶段"
    + "（读取、事实、规则、输出）的 CPU 时间、仅运行规则的速度及两者之比、堆内存峰值。",
    optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<文件或目录>", arity = "0..*", description = "要测量的报告文件或目录（默认：fixtures/）")
    List<Path> inputs;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "计时前把全部文件完整检查的遍数（默认 3）")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", paramLabel = "N",
        description = "分段计时的遍数；吞吐量测量也至少重复这么多遍（默认 5）")
    int iterations;

    @Option(names = "--seconds", defaultValue = "2", paramLabel = "S",
        description = "每项吞吐量测量大约持续的秒数，据此决定输入重复的遍数（默认 2）")
    double seconds;

    @Option(names = "--rules", paramLabel = "<目录>", description = "规则目录（默认：当前目录下的 rules/，否则用内置规则）")
    Path rules;

    @picocli.CommandLine.Mixin
    CacheOptions cacheOptions;

    @Spec
    CommandSpec spec;

    /** The thread counts compared. */
    private static final int[] JOBS = {1, 2};
    private static final String ALL = "全部";
    private static final String[] STAGES = {"读取", "事实", "规则", "输出"};

    /** A readable input: its bytes, its format as read, and its facts (for the rules-only runs). */
    private record Sample(String display, String format, byte[] bytes, List<Object> facts) {}

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws IOException, ExecutionException, InterruptedException {
        PrintStream out = new PrintStream(new WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        if (warmup < 0 || iterations < 1 || seconds < 0) {
            err.println("用法错误：--warmup 和 --seconds 不能小于 0，--iterations 至少为 1。");
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
        double compileMs = (System.nanoTime() - t0) / 1e6;
        Checker checker = new Checker(book);
        TemplateBook templates = book.data().templates();
        List<Term> terms = book.data().terms();

        List<Sample> samples = new ArrayList<>();
        for (CheckCommand.Input f : files) {
            byte[] bytes;
            try {
                bytes = org.xxgkcheck.read.InputFile.read(f.path(), Limits.DEFAULT.maxFileBytes());
            } catch (org.xxgkcheck.read.InputFile.Refused e) {
                err.println("提示：跳过无法读取的文件 " + f.display() + "（" + e.getMessage() + "）。");
                continue;
            }
            ReportReader.Parsed parsed = ReportReader.read(f.display(), bytes, Limits.DEFAULT, templates, terms);
            if (!parsed.readable()) {
                String why = parsed.problems().stream().filter(Problem::fatal).map(Problem::message).findFirst().orElse("无法读取");
                err.println("提示：跳过无法读取的文件 " + f.display() + "（" + why + "）。");
                continue;
            }
            samples.add(new Sample(f.display(), parsed.info().format(), bytes, checker.facts(parsed)));
        }
        if (samples.isEmpty()) {
            err.println("错误：没有可测量的文件。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Map<String, List<Sample>> groups = new TreeMap<>();
        for (Sample s : samples) groups.computeIfAbsent(s.format(), k -> new ArrayList<>()).add(s);
        groups.put(ALL, samples);

        StringBuilder counts = new StringBuilder();
        groups.forEach((format, g) -> {
            if (!format.equals(ALL)) counts.append(counts.length() == 0 ? "" : "，").append(format).append(' ').append(g.size());
        });
        out.printf(Locale.ROOT, "基准测试：%d 个文件（%s），规则编译或读取缓存 %.0f ms；预热 %d 遍，分段计时 %d 遍，每项吞吐量约 %s 秒%n",
            samples.size(), counts, compileMs, warmup, iterations, trim(seconds));
        out.printf(Locale.ROOT, "运行环境：Java %s，%d 个处理器，最大堆 %d MB%n", System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        resetHeapPeaks();

        // Warm-up: every stage of every file, so the JIT has compiled what the timings run.
        Stages warm = new Stages(checker, templates, terms);
        for (int i = 0; i < warmup; i++) for (Sample s : samples) warm.run(s);

        // CPU time of each stage, on this thread.
        Map<String, long[]> cpu = new LinkedHashMap<>();
        Stages stages = new Stages(checker, templates, terms);
        for (int i = 0; i < iterations; i++) {
            for (Sample s : samples) {
                long[] t = stages.run(s);
                for (String key : List.of(s.format(), ALL)) {
                    long[] acc = cpu.computeIfAbsent(key, k -> new long[STAGES.length + 1]);
                    for (int k = 0; k < STAGES.length; k++) acc[k] += t[k];
                    acc[STAGES.length]++;
                }
            }
        }
        out.println();
        out.println("每份报告的 CPU 时间（毫秒，单线程；读取 = 文件 → 文档，事实 = 文档 → 事实，规则 = 规则引擎运行及评分，输出 = JSONL 序列化）：");
        out.println(left("格式", 6) + right("份数", 7) + right(STAGES[0], 10) + right(STAGES[1], 10) + right(STAGES[2], 10)
            + right(STAGES[3], 10) + right("合计", 10));
        for (String key : order(groups)) {
            long[] acc = cpu.get(key);
            double n = acc[STAGES.length];
            double total = 0;
            StringBuilder row = new StringBuilder(left(key, 6) + String.format(Locale.ROOT, " %6d", groups.get(key).size()));
            for (int k = 0; k < STAGES.length; k++) {
                row.append(String.format(Locale.ROOT, " %9.2f", acc[k] / n / 1e6));
                total += acc[k] / n / 1e6;
            }
            out.println(row.append(String.format(Locale.ROOT, " %9.2f", total)));
        }
        long[] all = cpu.get(ALL);
        long sum = 0;
        for (int k = 0; k < STAGES.length; k++) sum += all[k];
        StringBuilder shares = new StringBuilder("占比（全部）：");
        for (int k = 0; k < STAGES.length; k++) {
            shares.append(k == 0 ? "" : "，").append(STAGES[k]).append(' ')
                .append(String.format(Locale.ROOT, "%.0f%%", sum == 0 ? 0.0 : 100.0 * all[k] / sum));
        }
        out.println(shares);

        // Throughput: end to end (reading in its bounded thread, as `check` does) and the rules alone on the same facts.
        out.println();
        out.println("吞吐量（份/秒；端到端 = 读取、事实、规则和输出，仅规则 = 在预先读好的事实上只运行规则引擎）：");
        out.println(left("格式", 6) + right("端到端×1", 13) + right("端到端×2", 13) + right("仅规则×1", 13) + right("仅规则×2", 13)
            + right("比值×1", 11) + right("比值×2", 11));
        double[] allRatio = new double[JOBS.length];
        for (String key : order(groups)) {
            List<Sample> g = groups.get(key);
            long[] acc = cpu.get(key);
            double perReportSec = Math.max(1e-6, (acc[0] + acc[1] + acc[2] + acc[3]) / (double) acc[STAGES.length] / 1e9);
            double rulesPerReportSec = Math.max(1e-6, acc[2] / (double) acc[STAGES.length] / 1e9);
            double[] e2e = new double[JOBS.length];
            double[] engine = new double[JOBS.length];
            for (int j = 0; j < JOBS.length; j++) {
                int jobs = JOBS[j];
                e2e[j] = endToEnd(checker, g, jobs, passes(g.size(), perReportSec, jobs));
                engine[j] = rulesOnly(book, g, jobs, passes(g.size(), rulesPerReportSec, jobs));
            }
            StringBuilder row = new StringBuilder(left(key, 6));
            for (double r : e2e) row.append(String.format(Locale.ROOT, " %12.1f", r));
            for (double r : engine) row.append(String.format(Locale.ROOT, " %12.1f", r));
            for (int j = 0; j < JOBS.length; j++) {
                double ratio = e2e[j] / engine[j];
                row.append(String.format(Locale.ROOT, " %10.2f", ratio));
                if (key.equals(ALL)) allRatio[j] = ratio;
            }
            out.println(row);
        }
        out.printf(Locale.ROOT, "端到端 ÷ 仅规则（全部）：1 个线程 %.2f，2 个线程 %.2f（1.00 即达到规则引擎的上限）%n", allRatio[0], allRatio[1]);
        out.printf(Locale.ROOT, "堆内存峰值：%.1f MB（各堆内存池峰值之和，自预热开始计）%n", heapPeakBytes() / (1024.0 * 1024.0));
        return 0;
    }

    /** Format rows in name order, the whole mix last. */
    private static List<String> order(Map<String, List<Sample>> groups) {
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.remove(ALL);
        keys.add(ALL);
        return keys;
    }

    /** Passes over a group for a throughput run of about --seconds at this many threads, at least --iterations. */
    private int passes(int reports, double secondsPerReport, int jobs) {
        double perPass = reports * secondsPerReport / jobs;
        return (int) Math.max(iterations, Math.min(1_000_000, Math.ceil(seconds / perPass)));
    }

    /** Reports per second through the checker and the JSONL writer, results handed on in order as `check` does. */
    private static double endToEnd(Checker checker, List<Sample> group, int jobs, int passes) throws IOException, ExecutionException, InterruptedException {
        List<Sample> items = repeat(group, passes);
        try (ResultWriter w = Format.jsonl.open(Writer.nullWriter())) {
            w.begin();
            double s = timed(items, jobs, x -> checker.check(x.display(), x.bytes()), w::result);
            w.end(List.of());
            return items.size() / s;
        }
    }

    /** Reports per second of the rules alone, on facts read beforehand. */
    private static double rulesOnly(RuleBook book, List<Sample> group, int jobs, int passes) throws IOException, ExecutionException, InterruptedException {
        List<Sample> items = repeat(group, passes);
        return items.size() / timed(items, jobs, x -> RuleRunner.run(book, x.facts(), false), x -> {});
    }

    private static <R> double timed(List<Sample> items, int jobs, Function<Sample, R> task, InOrder.Sink<R> sink)
        throws IOException, ExecutionException, InterruptedException {
        long t0 = System.nanoTime();
        InOrder.run(items, jobs, task, sink);
        return Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
    }

    private static List<Sample> repeat(List<Sample> group, int passes) {
        List<Sample> items = new ArrayList<>(group.size() * passes);
        for (int i = 0; i < passes; i++) items.addAll(group);
        return items;
    }

    /** The four stages of one check on the calling thread, each timed in CPU nanoseconds. */
    private final class Stages {
        private final Checker checker;
        private final TemplateBook templates;
        private final List<Term> terms;
        private final ResultWriter jsonl = Format.jsonl.open(Writer.nullWriter());

        Stages(Checker checker, TemplateBook templates, List<Term> terms) throws IOException {
            this.checker = checker;
            this.templates = templates;
            this.terms = terms;
            jsonl.begin();
        }

        long[] run(Sample s) throws IOException {
            long c0 = cpuNow();
            ReportReader.TakenApart doc = ReportReader.document(s.display(), s.bytes(), Limits.DEFAULT, templates);
            long c1 = cpuNow();
            ReportReader.Parsed parsed = ReportReader.facts(doc, templates, terms);
            long c2 = cpuNow();
            CheckResult r = checker.check(s.display(), parsed);
            long c3 = cpuNow();
            jsonl.result(r);
            jsonl.flush();
            long c4 = cpuNow();
            return new long[] {c1 - c0, c2 - c1, c3 - c2, c4 - c3};
        }
    }

    /** CPU time of this thread; wall time where the JVM cannot measure CPU time. */
    private long cpuNow() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Columns line up in a terminal: a Chinese character takes two columns. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return w;
    }

    private static String left(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    private static String right(String s, int columns) {
        return " ".repeat(Math.max(1, columns - width(s))) + s;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%s", d);
    }
}
