package org.xxgkcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Problem;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.parse.ReportReader;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleInfo;
import org.xxgkcheck.rules.RuleRunner;

/** Checks one report: file → facts → rules → profile → waivers → graded result. Thread-safe; the rule book is shared. */
public final class Checker {
    /** Larger inputs are refused before reading, so one huge file cannot exhaust memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** How to check: last year's reports, a profile (null: every rule as written), waivers, --explain. */
    public record Options(PreviousReports previous, Profile profile, WaiverLedger waivers, boolean explain) {
        public static final Options DEFAULT = new Options(PreviousReports.NONE, null, null, false);
    }

    private final RuleBook book;
    private final Options options;

    public Checker(RuleBook book) { this(book, Options.DEFAULT); }

    public Checker(RuleBook book, PreviousReports previous) {
        this(book, new Options(previous, null, null, false));
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
            if (size > MAX_BYTES) {
                return CheckResult.unreadable(displayName, format, List.of(Problem.input(
                    "文件过大（" + size / (1024 * 1024) + " MB，上限 " + MAX_BYTES / (1024 * 1024) + " MB）")));
            }
            return check(displayName, Files.readAllBytes(file));
        } catch (IOException e) {
            return CheckResult.unreadable(displayName, format, List.of(Problem.input("读取失败：" + e.getMessage())));
        }
    }

    public CheckResult check(String displayName, byte[] bytes) {
        ReportReader.Parsed parsed = ReportReader.read(displayName, bytes, book.data().terms());
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
        return new CheckResult(displayName, parsed.info(), score.total(), score.grade(), score.categories(),
            CheckResult.summarize(split.kept()), split.kept(), split.waived(), problems);
    }
}
