package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xxgkcheck.Checker;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Problem;
import org.xxgkcheck.rules.FixtureSuite;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `rules list | verify | test`: the rule catalogue, its validation, and its fixtures. */
@Command(name = "rules", description = "查看、校验和测试规则。", mixinStandardHelpOptions = true,
    synopsisHeading = "用法：", commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n")
public final class RulesCommand {

    @Option(names = "--rules", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "规则目录（默认：当前目录下的 rules/，否则用内置规则）")
    Path rules;

    @Option(names = "--fixtures", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "样例目录（默认：当前目录下的 fixtures/，否则用内置样例）")
    Path fixtures;

    @Spec
    CommandSpec spec;

    private PrintStream out() {
        return new PrintStream(new WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
    }

    private PrintStream err() {
        return new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
    }

    @Command(name = "list", description = "列出规则目录：编号、级别、类别、标题、依据、扣分。")
    int list(@Option(names = "--format", defaultValue = "text", description = "text 或 json") String format) {
        RuleBook book = RuleLoading.load(rules, err());
        if (book == null) return ExitCode.RULES.code;
        PrintStream out = out();
        if (format.equals("json")) {
            try {
                out.println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(book.rules()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return 0;
        }
        for (RuleInfo r : book.rules()) {
            out.println(String.format(java.util.Locale.ROOT, "%-22s %-8s %-10s %s", r.id(), r.severity(), r.category(), r.title()));
            out.println("    依据：" + r.basis() + "；扣分：" + points(r.points())
                + (r.maxPoints() == null ? "" : "，最多 " + points(r.maxPoints())) + "（" + r.scoreCategory() + " 类）；文件：" + r.file());
        }
        out.println("共 " + book.rules().size() + " 条规则。");
        return 0;
    }

    @Command(name = "verify", description = "编译全部规则、检查元数据，并在样例报告上试运行。有错误时退出码为 3。")
    int verify() {
        PrintStream err = err();
        RuleBook book = RuleLoading.load(rules, err);
        if (book == null) return ExitCode.RULES.code;
        List<FixtureSuite.Case> cases;
        try {
            cases = FixtureSuite.discover(fixturesDir());
        } catch (IOException e) {
            err.println("错误：无法读取样例：" + e.getMessage());
            return ExitCode.RULES.code;
        }
        Checker checker = new Checker(book);
        int runtimeErrors = 0;
        Set<String> fired = new TreeSet<>();
        for (FixtureSuite.Case c : cases) {
            List<String> messages = new java.util.ArrayList<>();
            var result = FixtureSuite.checkerFor(checker, c, messages).check(c.name(), c.content());
            for (String m : messages) err.println("提示：样例 " + c.name() + "：" + m);
            for (Problem p : result.problems()) {
                if (p.kind().equals("rule")) {
                    err.println("错误：在样例 " + c.name() + " 上运行时：" + p.message());
                    runtimeErrors++;
                }
            }
            result.findings().stream().map(Finding::ruleId).forEach(fired::add);
        }
        PrintStream out = out();
        for (RuleInfo r : book.rules()) {
            if (!fired.contains(r.id())) out.println("提示：规则 " + r.id() + "（" + r.file() + "）在样例中从未触发，建议补充触发样例。");
        }
        if (runtimeErrors > 0) {
            err.println("规则集在运行时出错 " + runtimeErrors + " 次。");
            return ExitCode.RULES.code;
        }
        out.println("规则集检查通过：" + book.files().size() + " 个文件，" + book.rules().size() + " 条规则，元数据完整，编号唯一；"
            + "已在 " + cases.size() + " 份样例报告上试运行。");
        return 0;
    }

    @Command(name = "test", description = "用样例运行规则，显示与预期结果的差异。全部通过时退出码为 0，否则为 1。")
    int test() {
        PrintStream err = err();
        RuleBook book = RuleLoading.load(rules, err);
        if (book == null) return ExitCode.RULES.code;
        List<FixtureSuite.Case> cases;
        try {
            cases = FixtureSuite.discover(fixturesDir());
        } catch (IOException e) {
            err.println("错误：无法读取样例：" + e.getMessage());
            return ExitCode.RULES.code;
        }
        Map<String, FixtureSuite.Outcome> outcomes = new LinkedHashMap<>(FixtureSuite.runAll(new Checker(book), cases));
        PrintStream out = out();
        int failed = 0;
        for (FixtureSuite.Outcome o : outcomes.values()) {
            out.println((o.passed() ? "通过  " : "失败  ") + o.fixture().name());
            for (String d : o.differences()) out.println("      " + d);
            if (!o.passed()) failed++;
        }
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : ExitCode.FINDINGS.code;
    }

    private Path fixturesDir() {
        return fixtures != null ? fixtures : Path.of("fixtures");
    }

    private static String points(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
