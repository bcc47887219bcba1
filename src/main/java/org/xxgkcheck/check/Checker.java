package org.xxgkcheck.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleInfo;
import org.xxgkcheck.rules.RuleRunner;
import org.xxgkcheck.understand.ReportReader;

/** Checks one report: file → facts → rules → profile → waivers → graded result. Thread-safe; the rule book is shared. */
public final class Checker {
    /** How to check: reading limits, last year's reports, a profile (null: every rule as written), waivers, --explain. */
    public record Options(Limits limits, PreviousReports previous, Profile profile, WaiverLedger waivers, boolean explain) {
        public static final Options DEFAULT = new Options(Limits.DEFAULT, PreviousReports.NONE, null, null, false);
    }

    private final RuleBook book;
    private final Options options;
    private final MemoryGate gate;

    public Checker(RuleBook book) { this(book, Options.DEFAULT); }

    public Checker(RuleBook book, PreviousReports previous) {
        this(book, new Options(Limits.DEFAULT, previous, null, null, false));
    }

    public Checker(RuleBook book, Options options) { this(book, options, MemoryGate.NONE); }

    /** @param gate admits the files checked at once by what they may cost in memory (shared by a batch's threads) */
    public Checker(RuleBook book, Options options, MemoryGate gate) {
        this.book = book;
        this.options = options;
        this.gate = gate;
    }

    public RuleBook book() { return book; }

    /**
     * Checks a file once the memory gate admits it. A file that could never fit the heap is refused, naming the
     * heap it needs; a file that ran out of memory beside others (their costs were guessed too low) is checked once
     * more alone, so a batch never loses a report to its neighbours.
     */
    public CheckResult check(Path file, String displayName) {
        String format = ReportReader.extension(displayName);
        BoundedRead.Stat stat = BoundedRead.stat(file, options.limits());
        if (stat.refusal() != null) return CheckResult.unreadable(displayName, format, List.of(Problem.input(stat.refusal())));
        long cost = MemoryGate.cost(format, stat.size());
        if (!gate.fits(cost)) return CheckResult.unreadable(displayName, format, List.of(Problem.input(tooBig(cost, false))));
        try {
            CheckResult r = attempt(file, displayName, cost, false);
            if (r != null && !ranOutOfMemory(r)) return r;
            r = attempt(file, displayName, cost, true);
            // Read, with one step short of memory even alone: the rest of the report is worth its result.
            if (r != null && (!ranOutOfMemory(r) || r.readable())) return r;
            return CheckResult.unreadable(displayName, format, List.of(Problem.input(tooBig(cost, true), r == null ? null : memoryCause(r))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.unreadable(displayName, format, List.of(Problem.input("检查被中断", e)));
        }
    }

    /** One check of the file; null when memory ran out even outside the guarded steps (while building the result). */
    private CheckResult attempt(Path file, String displayName, long cost, boolean alone) throws InterruptedException {
        try {
            return admitted(file, displayName, cost, alone);
        } catch (OutOfMemoryError e) {
            return null;
        }
    }

    private CheckResult admitted(Path file, String displayName, long cost, boolean alone) throws InterruptedException {
        long held = alone ? gate.acquireAll() : cost;
        if (!alone) gate.acquire(cost);
        try {
            return check(displayName, BoundedRead.file(file, displayName, options.limits(), templates(), terms()));
        } finally {
            gate.release(held);
        }
    }

    /** "文件过大，超出可用内存…" with the -Xmx that would let it through. */
    private String tooBig(long cost, boolean evenAlone) {
        long need = evenAlone ? Math.max(gate.heapFor(cost * 2), gate.heapFor(gate.budget() * 2)) : gate.heapFor(cost);
        return "文件过大，超出可用内存（" + (evenAlone ? "单独读取和检查时内存仍然不足" : "读取和检查约需 " + Limits.megabytes(cost)
            + "，本次运行可用 " + Limits.megabytes(gate.budget())) + "），未读取；请用 java -Xmx" + need + "m 运行";
    }

    /** Whether reading or checking the file failed for want of memory, in whole or in one step. */
    static boolean ranOutOfMemory(CheckResult r) {
        return memoryCause(r) != null;
    }

    private static Throwable memoryCause(CheckResult r) {
        for (Problem p : r.problems()) {
            for (Throwable t = p.cause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof OutOfMemoryError) return t;
            }
        }
        return null;
    }

    public CheckResult check(String displayName, byte[] bytes) {
        return check(displayName, BoundedRead.bytes(displayName, bytes, options.limits(), templates(), terms()));
    }

    /** The rule set's vocabulary; none without a rule book (a checker used only to read, as in size-limit tests). */
    private org.xxgkcheck.template.TemplateBook templates() {
        return book == null ? null : book.data().templates();
    }

    private List<org.xxgkcheck.facts.Term> terms() {
        return book == null ? List.of() : book.data().terms();
    }

    /** The checking after reading: what {@code check} does once the file is facts (used alone by `bench`). */
    public CheckResult check(String displayName, ReportReader.Parsed parsed) {
        if (!parsed.readable()) return CheckResult.unreadable(displayName, parsed.info().format(), parsed.problems());
        try {
            return judge(displayName, parsed);
        } catch (RuntimeException | Error e) {
            // Reading went well, but the facts could not be checked: this file gets a problem, the batch goes on.
            return CheckResult.unreadable(displayName, parsed.info().format(),
                List.of(Problem.input("检查该文件时出错，未能得出结果", e)));
        }
    }

    /** Everything the rules see for one report: its facts, the rule set's words and settings, last year's facts. */
    public List<Object> facts(ReportReader.Parsed parsed) {
        List<Object> facts = new ArrayList<>(parsed.facts());
        facts.addAll(book.data().terms());
        facts.addAll(book.data().settings());
        facts.addAll(options.previous().factsFor(parsed));
        return facts;
    }

    /** Facts → rules → profile → waivers → score. */
    private CheckResult judge(String displayName, ReportReader.Parsed parsed) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        List<Finding> findings;
        try {
            findings = RuleRunner.run(book, facts(parsed), options.explain(), parsed.places());
        } catch (RuleRunner.RuleRuntimeException e) {
            problems.add(new Problem("rule", e.getMessage(), null, e));
            findings = List.of();
        }
        if (options.profile() != null) findings = options.profile().apply(findings);
        WaiverLedger.Split split = options.waivers() == null ? new WaiverLedger.Split(findings, List.of())
            : options.waivers().apply(displayName, parsed.info(), findings);
        Score.Result score = Score.of(split.kept(), book.data().scheme(), id -> {
            RuleInfo r = book.byId(id);
            return r == null ? null : new Score.RuleWeight(r.scoreCategory(), r.maxPoints());
        });
        List<Finding> all = new ArrayList<>(split.kept());
        split.waived().forEach(w -> all.add(w.finding()));
        return new CheckResult(displayName, parsed.info(), score.total(), score.grade(), score.dataCorrection(),
            score.gradeCap(), score.categories(),
            CheckResult.summarize(split.kept()), split.kept(), split.waived(), problems,
            Snapshots.of(parsed.facts(), book.data().templates(), all));
    }
}
