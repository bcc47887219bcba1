package org.xxgkcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xxgkcheck.authoring.RuleHandbook;
import org.xxgkcheck.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `rules doc`: the Chinese rule handbook, as Markdown on stdout or as 规则手册.md and 规则手册.html in a folder. */
@Command(name = "doc", description = "由规则文件生成中文规则手册：不带 --output 时把 Markdown 打印到标准输出；"
    + "带 --output <目录> 时在该目录写出 规则手册.md 和独立的 规则手册.html。", mixinStandardHelpOptions = true)
public final class RulesDocCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    RulesCommand parent;

    @Option(names = "--output", paramLabel = "<目录>", description = "写出手册的目录")
    Path output;

    @Override
    public Integer call() {
        RuleBook book = RuleLoading.load(parent.rules, parent.cacheOptions.cache(null), parent.err(), parent.debug);
        if (book == null) return ExitCode.RULES.code;
        String md = RuleHandbook.markdown(book);
        if (output == null) {
            parent.out().print(md);
            return 0;
        }
        try {
            Files.createDirectories(output);
            Files.writeString(output.resolve("规则手册.md"), md, StandardCharsets.UTF_8);
            Files.writeString(output.resolve("规则手册.html"), RuleHandbook.html(book), StandardCharsets.UTF_8);
        } catch (IOException e) {
            parent.err().println("错误：无法写入 " + output + "：" + org.xxgkcheck.read.IoReason.ofWrite(e));
            return ExitCode.USAGE_OR_INPUT.code;
        }
        parent.out().println("已生成 " + output.resolve("规则手册.md") + " 和 " + output.resolve("规则手册.html") + "（" + book.rules().size() + " 条规则）。");
        return 0;
    }
}
