package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.xxgkcheck.authoring.RuleSkeleton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `rules new 编号`: writes a commented rule skeleton and its test file in the right folder. */
@Command(name = "new", description = "新建规则：在对应类别目录下写出带注释的规则骨架 <编号>.drl 和测试文件 <编号>.test.md。",
    mixinStandardHelpOptions = true)
public final class RulesNewCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Parameters(paramLabel = "<编号>", description = "规则编号，如 NAR-CONTACT-PHONE（前缀决定类别：SEC-/TPL- 结构，T2-/T3-/T4-/X- 表格，NAR-/CON- 正文，META- 基本信息）")
    String id;

    @Option(names = "--title", paramLabel = "<标题>", description = "规则标题（要求），可以之后再改")
    String title;

    private static final Map<String, String[]> BY_PREFIX = Map.of(
        "SEC", new String[] {"structure", "B"}, "TPL", new String[] {"structure", "B"},
        "T2", new String[] {"table", "C"}, "T3", new String[] {"table", "C"}, "T4", new String[] {"table", "C"},
        "X", new String[] {"table", "C"}, "NAR", new String[] {"narrative", "D"}, "CON", new String[] {"narrative", "E"},
        "META", new String[] {"metadata", "E"});

    @Override
    public Integer call() throws IOException {
        PrintStream err = parent.err();
        if (!id.matches("^(SEC|TPL|T2|T3|T4|NAR|CON|X|META)-[A-Z0-9]+(-[A-Z0-9]+)*$")) {
            err.println("用法错误：规则编号“" + id + "”格式不对：应为大写字母、数字和连字符，以 SEC- TPL- T2- T3- T4- NAR- CON- X- META- 之一开头。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Path rules = parent.rules != null ? parent.rules : Path.of("rules");
        if (!Files.isDirectory(rules)) {
            err.println("错误：找不到规则目录 " + rules + "。请先用 rules export 导出内置规则，或用 --rules 指定规则目录。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        String[] kind = BY_PREFIX.get(id.substring(0, id.indexOf('-')));
        Path dir = Files.createDirectories(rules.resolve(kind[0]));
        Path drl = dir.resolve(id + ".drl");
        Path test = dir.resolve(id + ".test.md");
        if (Files.exists(drl) || Files.exists(test)) {
            err.println("错误：" + (Files.exists(drl) ? drl : test) + " 已经存在，没有覆盖。");
            return ExitCode.USAGE_OR_INPUT.code;
        }
        Files.writeString(drl, RuleSkeleton.drl(id, kind[0], kind[1], title), StandardCharsets.UTF_8);
        Files.writeString(test, RuleSkeleton.test(id), StandardCharsets.UTF_8);
        PrintStream out = parent.out();
        out.println("已新建 " + drl + " 和 " + test + "。");
        out.println("下一步：按 rules/README.md 改写规则的要求、条件和说明，在测试文件中写出应触发和不应触发的用例，然后运行");
        out.println("  rules verify 和 rules test " + id);
        return 0;
    }
}
