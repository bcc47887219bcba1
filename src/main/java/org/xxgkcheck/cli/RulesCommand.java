package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xxgkcheck.authoring.FixtureSuite;
import org.xxgkcheck.authoring.RuleTests;
import org.xxgkcheck.authoring.SmokeRun;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleError;
import org.xxgkcheck.rules.RuleFile;
import org.xxgkcheck.rules.RuleInfo;
import org.xxgkcheck.rules.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `rules list | verify | test | new | doc`: the rule catalogue, its validation, tests, new rules and the handbook. */
@Command(name = "rules", description = "查看、校验、测试规则，新建规则，生成规则手册。", mixinStandardHelpOptions = true,
    subcommands = {RulesTestCommand.class, RulesNewCommand.class, RulesDocCommand.class},
    synopsisHeading = "用法：", commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n")
public final class RulesCommand {

    @Option(names = "--rules", paramLabel = "<目录>", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "规则目录（默认：当前目录下的 rules/，否则用内置规则）")
    Path rules;

    @Option(names = "--fixtures", paramLabel = "<目录>", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "样例目录（默认：当前目录下的 fixtures/，否则用内置样例）")
    Path fixtures;

    @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "规则有错时，在中文说明之后另外显示 Drools 的原始信息（供维护本工具的人排查）")
    boolean debug;

    @picocli.CommandLine.Mixin
    CacheOptions cacheOptions;

    @Spec
    CommandSpec spec;

    PrintStream out() {
        return new PrintStream(new WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
    }

    PrintStream err() {
        return new PrintStream(new WriterStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
    }

    @Command(name = "list", description = "列出规则目录：编号、级别、类别、标题、依据、扣分。")
    int list(@Option(names = "--format", defaultValue = "text", paramLabel = "<格式>", description = "text 或 json") String format) {
        RuleBook book = RuleLoading.load(rules, cacheOptions.cache(null), err(), debug);
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
            org.xxgkcheck.findings.Severity sev = org.xxgkcheck.findings.Severity.parse(r.severity());
            out.println(String.format(java.util.Locale.ROOT, "%-22s %s  %-4s %s", r.id(), sev == null ? r.severity() : sev.chinese(),
                CATEGORIES.getOrDefault(r.category(), r.category()), r.title()));
            out.println("    依据：" + r.basis() + "；扣分：" + points(r.points())
                + (r.maxPoints() == null ? "" : "，最多 " + points(r.maxPoints())) + "（" + r.scoreCategory() + " 类）；文件：" + r.file());
        }
        out.println("共 " + book.rules().size() + " 条规则。");
        return 0;
    }

    @Command(name = "verify", description = "编译全部规则、检查元数据和数据文件、找出已弃用的写法，并在样例报告和测试用例上试运行。有错误时退出码为 3。")
    int verify() {
        PrintStream err = err();
        // The validation command: always the full classic build; it fills the cache when it has no entry yet.
        RuleBook book = RuleLoading.load(rules, cacheOptions.cache(null).writeOnly(), err, debug);
        if (book == null) return ExitCode.RULES.code;
        PrintStream out = out();
        for (RuleError w : book.warnings()) out.println(w.format(debug));
        List<FixtureSuite.Case> cases;
        try {
            cases = FixtureSuite.discover(fixturesDir());
        } catch (IOException e) {
            err.println("错误：无法读取样例：" + org.xxgkcheck.read.IoReason.message(e));
            return ExitCode.RULES.code;
        }
        SmokeRun.Outcome smoke = SmokeRun.run(book, cases);
        smoke.notes().forEach(n -> err.println("提示：" + n));
        smoke.errors().forEach(e -> err.println("错误：" + e));
        Set<String> fired = smoke.fired();
        int runtimeErrors = smoke.errors().size();
        int runs = smoke.runs();
        for (RuleInfo r : book.rules()) {
            if (!fired.contains(r.id())) out.println("提示：规则 " + r.id() + "（" + r.file() + "）在样例和测试用例中从未触发，建议补充触发的用例。");
        }
        if (runtimeErrors > 0) {
            err.println("规则集在运行时出错 " + runtimeErrors + " 次。");
            return ExitCode.RULES.code;
        }
        out.println("规则集检查通过：" + book.rules().size() + " 条规则，元数据完整，编号唯一，词表和阈值齐全"
            + (book.warnings().isEmpty() ? "" : "（另有 " + book.warnings().size() + " 处警告）")
            + "；已在 " + runs + " 份样例报告和测试用例上试运行。");
        return 0;
    }

    @Command(name = "export", description = "把内置规则（含词表、阈值、计分方案、规则方案和测试文件）导出到目录，供修改。")
    int export(@picocli.CommandLine.Parameters(paramLabel = "<目录>", arity = "0..1", defaultValue = "rules",
            description = "目标目录（默认 ./rules，须不存在或为空）") Path dir) {
        PrintStream err = err();
        try {
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        err.println("错误：目录 " + dir + " 已存在且不为空，没有覆盖。");
                        return ExitCode.USAGE_OR_INPUT.code;
                    }
                }
            }
            List<RuleFile> files = RuleSource.bundled();
            for (RuleFile f : files) {
                Path target = dir.resolve(f.path().substring("rules/".length()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.text(), StandardCharsets.UTF_8);
            }
            // The authoring guide travels with the rules it explains.
            try (var guide = RulesCommand.class.getResourceAsStream("/bundled-rules/README.md")) {
                if (guide != null) Files.write(dir.resolve("README.md"), guide.readAllBytes());
            }
            out().println("已导出 " + files.size() + " 个文件和编写手册 README.md 到 " + dir + "。");
            return 0;
        } catch (IOException e) {
            err.println("错误：无法导出规则：" + org.xxgkcheck.read.IoReason.message(e));
            return ExitCode.USAGE_OR_INPUT.code;
        }
    }

    Path fixturesDir() {
        return fixtures != null ? fixtures : Path.of("fixtures");
    }

    /** The rule folders (categories) as a reader names them. */
    static final Map<String, String> CATEGORIES = Map.of("structure", "结构", "table", "表格", "narrative", "正文", "metadata", "基本信息");

    private static String points(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
