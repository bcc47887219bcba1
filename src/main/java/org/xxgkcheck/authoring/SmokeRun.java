package org.xxgkcheck.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleFile;

/**
 * The trial run of `rules verify`, on all cores: the test cases where a rule must fire (written to reach it) and
 * every whole real report among the fixtures, to catch errors that only show when a rule is evaluated
 * (DROOLS.md §6.6). The single-rule fixtures are edits of those reports and are left to `rules test`; the rules
 * they are expected to fire count as fired.
 */
public final class SmokeRun {
    private SmokeRun() {}

    /** What the run saw: how many reports, which rules fired, each distinct runtime error with where it first came. */
    public record Outcome(int runs, Set<String> fired, List<String> errors, List<String> notes) {}

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The rules a fixture's expected file says fire on it. */
    private static Set<String> expectedIds(FixtureSuite.Case c) {
        Set<String> ids = new TreeSet<>();
        if (c.expected() == null) return ids;
        try {
            var e = JSON.readTree(c.expected());
            for (var f : e.isArray() ? e : e.path("findings")) ids.add(f.path("ruleId").asText());
        } catch (java.io.IOException e) {
            // an unreadable expectation is reported by `rules test`
        }
        return ids;
    }

    private record Run(String name, CheckResult result, List<String> notes) {}

    public static Outcome run(RuleBook book, List<FixtureSuite.Case> fixtures) {
        Checker checker = new Checker(book);
        Set<String> fired = new TreeSet<>();
        List<Callable<Run>> tasks = new ArrayList<>();
        for (FixtureSuite.Case c : fixtures) {
            fired.addAll(expectedIds(c));
            // One report in five formats reaches the same facts; `rules test` checks the formats agree.
            if (!c.name().startsWith("reports/") && !c.name().equals("formats/minimal.txt")) continue;
            tasks.add(() -> {
                List<String> notes = new ArrayList<>();
                CheckResult r = FixtureSuite.checkerFor(checker, c, notes).check(c.name(), c.content());
                return new Run(c.name(), r, notes.stream().map(n -> "样例 " + c.name() + "：" + n).toList());
            });
        }
        for (RuleFile f : book.testFiles()) {
            for (RuleTests.Case c : RuleTests.parse(f, book.data().templates())) {
                // The cases where a rule must fire reach its deepest conditions; the near cases are for `rules test`.
                if (c.expects().stream().noneMatch(RuleTests.Expect::fires)) continue;
                tasks.add(() -> {
                    RuleTests.Result r = RuleTests.run(book, c);
                    return new Run(f.path() + "#" + c.name(), r.result(), List.of());
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Set<String> errors = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        int runs = 0;
        try {
            for (Future<Run> f : pool.invokeAll(tasks)) {
                Run run = f.get();
                notes.addAll(run.notes());
                if (run.result() == null) continue;
                runs++;
                run.result().findings().stream().map(Finding::ruleId).forEach(fired::add);
                for (Problem p : run.result().problems()) {
                    if (p.kind().equals("rule") && errors.stream().noneMatch(e -> e.startsWith(p.message()))) {
                        errors.add(p.message() + "（首次出现在 " + run.name() + "）");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            errors.add("试运行时出现内部错误：" + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(runs, fired, List.copyOf(errors), notes);
    }
}
