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
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        PrintStream err = parent.err();
        RuleBook book = RuleLoading.load(parent.rules, parent.cacheOptions.cache(null), err);
        if (book == null) return ExitCode.RULES.code;
        Checker checker = new Checker(book);
        PrintStream out = parent.out();
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
            }
        }
        List<FixtureSuite.Case> cases;
        try {
            cases = FixtureSuite.discover(parent.fixturesDir());
        } catch (IOException e) {
            err.println("错误：无法读取样例：" + e.getMessage());
            return ExitCode.RULES.code;
        }
        for (FixtureSuite.Case c : cases) {
            if (!ids.isEmpty() && ids.stream().noneMatch(id -> mentions(c, id))) continue;
            FixtureSuite.Outcome o = FixtureSuite.run(checker, c);
            out.println((o.passed() ? "通过  " : "失败  ") + "fixtures/" + c.name());
            o.differences().forEach(d -> out.println("      " + d));
            if (o.passed()) passed++;
            else failed++;
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : ExitCode.FINDINGS.code;
    }

    /** A fixture is about a rule when its name starts with the id or its expectations name it. */
    private static boolean mentions(FixtureSuite.Case c, String id) {
        String file = c.name().substring(c.name().lastIndexOf('/') + 1);
        return file.startsWith(id + "-") || (c.expected() != null && c.expected().contains("\"" + id + "\""));
    }
}
