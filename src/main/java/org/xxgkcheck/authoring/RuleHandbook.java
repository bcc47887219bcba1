package org.xxgkcheck.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xxgkcheck.facts.Setting;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.findings.ScoreScheme;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleFile;
import org.xxgkcheck.rules.RuleInfo;

/**
 * The Chinese rule handbook (rules doc), generated from the rule files: per rule its id, title, severity, points,
 * basis, the requirement its author wrote, and the examples of its test file; then vocabulary, thresholds,
 * scoring and profiles. One model, two renderings: Markdown and a self-contained HTML page.
 */
public final class RuleHandbook {
    private RuleHandbook() {}

    private static final List<String[]> CATEGORIES = List.of(new String[] {"structure", "结构"}, new String[] {"table", "表格"},
        new String[] {"narrative", "正文"}, new String[] {"metadata", "基本信息"});

    /** One example of a rule: a test case's name, its snippet as written, and what it expects. */
    record Example(String name, String snippet, List<String> expects) {}

    public static String markdown(RuleBook book) {
        StringBuilder md = new StringBuilder("# 政府信息公开工作年度报告检查规则手册\n\n");
        md.append("本手册由规则文件自动生成，共 ").append(book.rules().size()).append(" 条规则。级别：错误（必须修正）、警告（很可能有问题或考评扣分）、提示（形式和规范）。\n\n");
        md.append("| 编号 | 级别 | 类别 | 要求 | 扣分 |\n|---|---|---|---|---|\n");
        for (RuleInfo r : book.rules()) {
            md.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase(Locale.ROOT)).append(") | ").append(severity(r))
                .append(" | ").append(r.scoreCategory()).append(" | ").append(r.title()).append(" | ").append(points(r)).append(" |\n");
        }
        for (String[] cat : CATEGORIES) {
            md.append("\n## ").append(cat[1]).append("规则\n");
            for (RuleInfo r : book.rules()) {
                if (!r.category().equals(cat[0])) continue;
                md.append("\n### ").append(r.id()).append("\n\n**").append(r.title()).append("**\n\n");
                md.append("- 级别：").append(severity(r)).append("；扣分：").append(points(r)).append("；计分类别：")
                    .append(scoreName(book, r)).append("\n- 依据：").append(r.basis()).append("\n- 规则文件：`").append(r.file()).append("`\n\n");
                if (!r.requirement().isBlank()) md.append(r.requirement().replace("\n", "  \n")).append("\n");
                for (Example e : examples(book, r.id())) {
                    md.append("\n示例：").append(e.name()).append("\n\n```\n").append(e.snippet()).append("\n```\n");
                    e.expects().forEach(x -> md.append("- ").append(x).append("\n"));
                }
            }
        }
        md.append("\n## 附录一 词表（rules/vocabulary.txt）\n\n| 族 | 名称 | 词语 |\n|---|---|---|\n");
        for (Term t : book.data().terms()) md.append("| ").append(t.getFamily()).append(" | ").append(t.getName()).append(" | `")
            .append(t.getWords().replace("|", "\\|")).append("` |\n");
        md.append("\n## 附录二 阈值与期限（rules/settings.txt）\n\n| 名称 | 值 |\n|---|---|\n");
        for (Setting s : book.data().settings()) md.append("| ").append(s.getName()).append(" | ").append(num(s.getValue())).append(" |\n");
        md.append("\n## 附录三 计分方案（rules/scoring.txt）\n\n| 类别 | 名称 | 满分 |\n|---|---|---|\n");
        for (ScoreScheme.Category c : book.data().scheme().categories()) md.append("| ").append(c.id()).append(" | ").append(c.name()).append(" | ").append(num(c.max())).append(" |\n");
        md.append("\n等级：");
        List<String> bands = new ArrayList<>();
        for (ScoreScheme.Band b : book.data().scheme().bands()) bands.add(b.grade() + " ≥ " + num(b.min()));
        md.append(String.join("，", bands)).append("。\n");
        ScoreScheme scheme = book.data().scheme();
        for (org.xxgkcheck.findings.Severity s : org.xxgkcheck.findings.Severity.values()) {
            String cap = scheme.gradeCaps().get(s);
            if (cap != null) md.append("\n有").append(s.chinese()).append("级（或更严重的）发现的报告，等级最高为").append(cap).append("（得分不变）。\n");
        }
        if (!scheme.correctionCategories().isEmpty()) {
            md.append("\n类别 ").append(String.join("、", scheme.correctionCategories())).append(" 中有错误级发现时，等级旁标注“数据需更正”。\n");
        }
        md.append("\n## 附录四 规则方案（rules/profiles/）\n\n");
        for (Map.Entry<String, Profile> p : book.profiles().entrySet()) {
            md.append("- `--profile ").append(p.getKey()).append("`：").append(p.getValue().name()).append("。").append(p.getValue().description())
                .append("（规则：").append(String.join("、", p.getValue().include())).append("）\n");
        }
        TemplateHandbook.append(md, book.data().templates());
        return md.toString();
    }

    /** The same handbook as one HTML page with its own styles, for publishing without other files. */
    public static String html(RuleBook book) {
        return HandbookHtml.render(markdown(book));
    }

    static List<Example> examples(RuleBook book, String id) {
        List<Example> out = new ArrayList<>();
        for (RuleFile f : book.testFiles()) {
            if (!f.path().endsWith("/" + id + ".test.md")) continue;
            String[] lines = f.text().split("\r\n|\r|\n", -1);
            for (RuleTests.Case c : RuleTests.parse(f, book.data().templates())) {
                List<String> snippet = new ArrayList<>();
                List<String> expects = new ArrayList<>();
                for (int i = c.line(); i < lines.length && !lines[i].startsWith("## "); i++) {
                    String l = lines[i].strip();
                    if (l.startsWith("预期")) expects.add(l);
                    else if (!l.isEmpty() && !l.startsWith("<!--")) snippet.add(lines[i]);
                }
                out.add(new Example(c.name(), String.join("\n", snippet), expects));
            }
        }
        return out;
    }

    private static String severity(RuleInfo r) {
        Severity s = Severity.parse(r.severity());
        return s == null ? r.severity() : s.chinese();
    }

    private static String points(RuleInfo r) {
        return "每条 " + num(r.points()) + " 分" + (r.maxPoints() == null ? "" : "，最多 " + num(r.maxPoints()) + " 分");
    }

    private static String scoreName(RuleBook book, RuleInfo r) {
        ScoreScheme.Category c = book.data().scheme().category(r.scoreCategory());
        return r.scoreCategory() + (c == null ? "" : " " + c.name());
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
