package org.xxgkcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Problem;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.parse.Limits;
import org.xxgkcheck.parse.ReportReader;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleInfo;
import org.xxgkcheck.rules.RuleRunner;

/** Checks one report: file → facts → rules → profile → waivers → graded result. Thread-safe; the rule book is shared. */
public final class Checker {
    /** How to check: reading limits, last year's reports, a profile (null: every rule as written), waivers, --explain. */
    public record Options(Limits limits, PreviousReports previous, Profile profile, WaiverLedger waivers, boolean explain) {
        public static final Options DEFAULT = new Options(Limits.DEFAULT, PreviousReports.NONE, null, null, false);
    }

    private final RuleBook book;
    private final Options options;

    public Checker(RuleBook book) { this(book, Options.DEFAULT); }

    public Checker(RuleBook book, PreviousReports previous) {
        this(book, new Options(Limits.DEFAULT, previous, null, null, false));
    }

    public Checker(RuleBook book, Options options) {
        this.book = book;
        this.options = options;
    }

    public RuleBook book() { return book; }

    public CheckResult check(Path file, String displayName) {
        String format = ReportReader.extension(displayName);
        try {
            if (!Files.exists(file)) return CheckResult.unreadable(displayName, format, List.of(Problem.input("文件不存在")));
            if (!Files.isReadable(file)) return CheckResult.unreadable(displayName, format, List.of(Problem.input("没有读取权限")));
            long size = Files.size(file);
            // Larger inputs are refused before reading, so one huge file cannot exhaust memory.
            if (size > options.limits().maxFileBytes()) {
                return CheckResult.unreadable(displayName, format, List.of(Problem.input(
                    "文件过大（" + Limits.megabytes(size) + "，上限 " + Limits.megabytes(options.limits().maxFileBytes()) + "），未读取")));
            }
            return check(displayName, Files.readAllBytes(file));
        } catch (IOException e) {
            return CheckResult.unreadable(displayName, format, List.of(Problem.input("读取失败：" + e.getMessage())));
        }
    }

    public CheckResult check(String displayName, byte[] bytes) {
        ReportReader.Parsed parsed = readBounded(displayName, bytes);
        if (!parsed.readable()) return CheckResult.unreadable(displayName, parsed.info().format(), parsed.problems());
        List<Problem> problems = new ArrayList<>(parsed.problems());
        List<Object> facts = new ArrayList<>(parsed.facts());
        facts.addAll(book.data().terms());
        facts.addAll(book.data().settings());
        facts.addAll(options.previous().factsFor(parsed));
        List<Finding> findings;
        try {
            findings = RuleRunner.run(book, facts, options.explain());
        } catch (RuleRunner.RuleRuntimeException e) {
            problems.add(new Problem("rule", e.getMessage(), null));
            findings = List.of();
        }
        if (options.profile() != null) findings = options.profile().apply(findings);
        WaiverLedger.Split split = options.waivers() == null ? new WaiverLedger.Split(findings, List.of())
            : options.waivers().apply(displayName, parsed.info(), findings);
        Score.Result score = Score.of(split.kept(), book.data().scheme(), id -> {
            RuleInfo r = book.byId(id);
            return r == null ? null : new Score.RuleWeight(r.scoreCategory(), r.maxPoints());
        });
        return new CheckResult(displayName, parsed.info(), score.total(), score.grade(), score.dataCorrection(),
            score.gradeCap(), score.categories(),
            CheckResult.summarize(split.kept()), split.kept(), split.waived(), problems);
    }

    /**
     * Reads on a daemon thread under the time limit: a file that defeats the readers' own bounds costs this file
     * a problem, not the batch. A reader still running after the limit is abandoned (it cannot be stopped).
     */
    private ReportReader.Parsed readBounded(String displayName, byte[] bytes) {
        FutureTask<ReportReader.Parsed> task = new FutureTask<>(() -> ReportReader.read(displayName, bytes, options.limits(), book.data().templates(), book.data().terms()));
        Thread t = new Thread(task, "read " + displayName);
        t.setDaemon(true);
        t.start();
        String format = ReportReader.extension(displayName);
        try {
            return task.get(options.limits().readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return failed(format, "读取超时（超过 " + options.limits().readTimeout().toSeconds() + " 秒），文件可能异常复杂或是恶意构造的，已放弃");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(format, "读取被中断");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof OutOfMemoryError) return failed(format, "文件过于复杂，读取时内存不足，已放弃");
            if (c instanceof StackOverflowError) return failed(format, "文件结构嵌套过深，无法读取");
            return failed(format, "读取时出现内部错误（" + c + "）");
        }
    }

    private static ReportReader.Parsed failed(String format, String message) {
        return new ReportReader.Parsed(List.of(), new org.xxgkcheck.findings.ReportInfo(null, null, null, null, null, format),
            List.of(Problem.input(message)));
    }
}
