package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.authoring.FixtureSuite;
import org.xxgkcheck.authoring.RuleTests;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleFile;
import org.xxgkcheck.authoring.FixtureAccept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * `rules test [编号…]`: the rules' own test files (rules/…/&lt;编号&gt;.test.md) and the fixtures, each case shown as
 * passed or failed with the difference. Exit 0 when all pass, 1 otherwise, 3 when the rules do not compile.
 */
@Command(name = "test", description = "运行规则旁的测试文件（<编号>.test.md）和 fixtures/ 中的样例，逐条显示通过或失败及差异。",
    mixinStandardHelpOptions = true)
public final class RulesTestCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Parameters(paramLabel = "<编号>", arity = "0..*", description = "只测试这些规则（默认全部）")
    List<String> ids = new ArrayList<>();

    @Option(names = "--accept", description = "显示差异后，把未通过的样例的预期结果文件改写为当前的实际发现；只在有意改动规则、核对过差异之后使用")
    boolean accept;

    @Override
    public Integer call() {
        PrintStream err = parent.err();
        RuleBook book = RuleLoading.load(parent.rules, parent.cacheOptions.cache(null), err, parent.debug);
        if (book == null) return ExitCode.RULES.code;
        java.util.Set<String> known = new java.util.TreeSet<>();
        book.rules().forEach(r -> known.add(r.id()));
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            err.println("用法错误：没有编号为“" + String.join("”“", unknown) + "”的规则。用 rules list 查看全部规则编号。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Checker checker = new Checker(book);
        PrintStream out = parent.out();
        int caseFailures = 0;
        int passed = 0;
        int failed = 0;
        for (RuleFile f : book.testFiles()) {
            String id = f.path().substring(f.path().lastIndexOf('/') + 1).replace(".test.md", "");
            if (!ids.isEmpty() && !ids.contains(id)) continue;
            for (RuleTests.Case c : RuleTests.parse(f, book.data().templates())) {
                RuleTests.Result res = RuleTests.run(book, c);
                out.println((res.passed() ? "通过  " : "失败  ") + f.path() + " 第 " + c.line() + " 行 · " + c.name());
                res.differences().forEach(d -> out.println("      " + d));
                if (res.passed()) passed++;
                else failed++;
                if (!res.passed()) caseFailures++;
            }
        }
        int updated = 0;
        java.util.Set<java.nio.file.Path> rewritten = new java.util.HashSet<>();
        List<FixtureSuite.Case> cases;
        try {
            cases = FixtureSuite.discover(parent.fixturesDir());
        } catch (IOException e) {
            err.println("错误：无法读取样例：" + org.xxgkcheck.read.IoReason.message(e));
            return ExitCode.RULES.code;
        }
        for (FixtureSuite.Case c : cases) {
            if (!ids.isEmpty() && ids.stream().noneMatch(id -> mentions(c, id))) continue;
            FixtureSuite.Outcome o = FixtureSuite.run(checker, c);
            out.println((o.passed() ? "通过  " : "失败  ") + "fixtures/" + c.name());
            o.differences().forEach(d -> out.println("      " + d));
            if (o.passed()) {
                passed++;
            } else if (accept && accepted(o, rewritten, out, err)) {
                updated++;
            } else {
                failed++;
            }
        }
        out.println("通过 " + passed + " 个，失败 " + failed + " 个" + (accept ? "，改写预期结果 " + updated + " 个" : "") + "。");
        if (accept && caseFailures > 0) {
            out.println("规则旁的测试用例（.test.md）不会自动改写：请按上面的差异修改用例或规则。");
        }
        return failed == 0 ? 0 : ExitCode.FINDINGS.code;
    }

    /**
     * Rewrites a failing fixture's expected file (--accept) and says so; false when it cannot be (a bundled fixture,
     * an unwritable file) or when the rewrite would not make it pass (a rule listed in "ok" fired).
     */
    private static boolean accepted(FixtureSuite.Outcome o, java.util.Set<java.nio.file.Path> rewritten, PrintStream out, PrintStream err) {
        try {
            FixtureAccept.Rewrite r = FixtureAccept.rewrite(o.fixture(), o.result());
            if (r == null) {
                err.println("提示：fixtures/" + o.fixture().name() + " 是内置样例，没有可改写的文件（用 --fixtures 指定样例目录）。");
                return false;
            }
            if (!rewritten.add(r.file())) {
                out.println("      预期结果文件 " + r.file().getFileName() + " 已按同名的另一种格式改写，这一格式的差异请另行核对。");
                return false;
            }
            FixtureAccept.write(r);
            List<String> still = org.xxgkcheck.authoring.FixtureExpectation.compareText(r.text(), o.result());
            out.println("      已改写 " + r.file().toString().replace('\\', '/') + "：增加 " + r.added() + " 条、删去 " + r.removed() + " 条预期发现"
                + (still.isEmpty() ? "。" : "；仍有差异需要手工处理：" + String.join("；", still)));
            return still.isEmpty();
        } catch (IOException e) {
            err.println("错误：无法改写 fixtures/" + o.fixture().name() + " 的预期结果文件：文件无法写入，或原文件不是有效的 JSON。");
            return false;
        }
    }

    /** A fixture is about a rule when its name starts with the id or its expectations name it. */
    private static boolean mentions(FixtureSuite.Case c, String id) {
        String file = c.name().substring(c.name().lastIndexOf('/') + 1);
        return file.startsWith(id + "-") || (c.expected() != null && c.expected().contains("\"" + id + "\""));
    }
}
