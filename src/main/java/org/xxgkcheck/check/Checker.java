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
        return check(displayName, BoundedRead.file(file, displayName, options.limits(), templates(), terms()));
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
