package org.xxgkcheck.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.PreviousReports;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.LocationText;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleFile;
import org.xxgkcheck.template.TemplateBook;

/**
 * The test files policy staff write beside a rule (rules/&lt;类别&gt;/&lt;编号&gt;.test.md): cases under "## " headings,
 * each a short report snippet (年度、机关、标题、前言、第N部分、表二/三/四 as a markdown table, 删除：第N部分, 落款) with
 * "预期触发：编号 词语…" and "预期不触发：编号" lines. Only the rules named in a case's expectations are compared.
 * A "上年报告：" line starts last year's report for the cross-year rules: the directives after it build that report
 * the same way (年度 defaults to this year − 1, 机关 to this year's), and it is given to the check as --previous would.
 */
public final class RuleTests {
    private RuleTests() {}

    /** One expectation: the rule must (or must not) fire, on a finding whose place or message has these words. */
    public record Expect(boolean fires, String ruleId, List<String> words, int line) {}

    /** @param previous last year's report (after "上年报告："), or null when the case has none */
    public record Case(String file, String name, int line, String report, String previous, List<Expect> expects,
                       List<String> errors) {}

    public record Result(Case testCase, List<String> differences, CheckResult result) {
        public Result(Case testCase, List<String> differences) { this(testCase, differences, null); }

        public boolean passed() { return differences.isEmpty(); }
    }

    private static final Pattern PART = Pattern.compile("^第([一二三四五六1-6])部分[：:]\\s*(.*)$");
    private static final Pattern TABLE = Pattern.compile("^表([二三四])[：:]\\s*$");
    private static final Pattern EXPECT = Pattern.compile("^预期(不)?触发[：:]\\s*([A-Z0-9-]+)\\s*(.*)$");
    private static final Pattern PREVIOUS = Pattern.compile("^上年报告[：:]\\s*$");

    public static List<Case> parse(RuleFile file, TemplateBook templates) {
        List<Case> cases = new ArrayList<>();
        String[] lines = file.text().split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (!lines[i].startsWith("## ")) {
                i++;
                continue;
            }
            int start = i;
            String name = lines[i].substring(3).strip();
            int end = i + 1;
            while (end < lines.length && !lines[end].startsWith("## ")) end++;
            cases.add(parseCase(file.path(), name, start + 1, lines, i + 1, end, templates));
            i = end;
        }
        return cases;
    }

    private static Case parseCase(String path, String name, int line, String[] lines, int from, int to, TemplateBook templates) {
        SnippetReport thisYear = new SnippetReport(templates);
        SnippetReport previous = null;
        SnippetReport r = thisYear;          // the report the directives are building
        boolean previousYearGiven = false;
        boolean previousOrganGiven = false;
        List<Expect> expects = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String l = lines[i].strip();
            Matcher m;
            if (l.isEmpty() || l.startsWith("<!--") || l.startsWith("#")) continue;
            if ((m = EXPECT.matcher(l)).matches()) {
                List<String> words = m.group(3).isBlank() ? List.of() : List.of(m.group(3).strip().split("\\s+"));
                expects.add(new Expect(m.group(1) == null, m.group(2), words, i + 1));
            } else if (PREVIOUS.matcher(l).matches()) {
                if (previous != null) errors.add("第 " + (i + 1) + " 行：一个用例只能有一个“上年报告：”");
                else r = previous = new SnippetReport(templates);
            } else if (l.startsWith("年度：") || l.startsWith("年度:")) {
                try {
                    r.year = Integer.parseInt(l.substring(3).strip());
                    previousYearGiven |= r == previous;
                } catch (NumberFormatException e) {
                    errors.add("第 " + (i + 1) + " 行：年度应为四位数字");
                }
            } else if (l.startsWith("机关：")) {
                r.organ = l.substring(3).strip();
                previousOrganGiven |= r == previous;
            } else if (l.startsWith("标题：")) {
                r.title = l.substring(3).strip();
            } else if (l.startsWith("落款：")) {
                r.dated = l.substring(3).strip();
            } else if (l.startsWith("删除：")) {
                Matcher d = Pattern.compile("第([一二三四五六1-6])部分").matcher(l);
                while (d.find()) r.deleted.add(number(d.group(1)));
                // 删除：表二“规章”行 leaves a row out of the printed table
                Matcher row = Pattern.compile("表([二三四])“([^”]+)”行").matcher(l);
                while (row.find()) {
                    String table = "T" + ("一二三四".indexOf(row.group(1)) + 1);
                    org.xxgkcheck.template.TableSpec.Hit hit = templates.table(table).row(row.group(2));
                    if (hit == null) errors.add("第 " + (i + 1) + " 行：" + templates.tableName(table) + "没有“" + row.group(2) + "”这一行");
                    else r.deletedRows.add(table + "." + hit.key());
                }
            } else if (l.startsWith("前言：") || (m = PART.matcher(l)).matches()) {
                int end = blockEnd(lines, i + 1, to);
                String first = l.startsWith("前言：") ? l.substring(3) : m.group(2);
                String text = (first + "\n" + String.join("\n", List.of(lines).subList(i + 1, end))).strip();
                if (l.startsWith("前言：")) r.front = text;
                else r.parts.put(number(m.group(1)), text);
                i = end - 1;
            } else if ((m = TABLE.matcher(l)).matches()) {
                int end = i + 1;
                while (end < to && lines[end].strip().startsWith("|")) end++;
                TableSnippet.read(templates, "T" + ("一二三四".indexOf(m.group(1)) + 1), List.of(lines).subList(i + 1, end), i + 2, r.cells, errors);
                i = end - 1;
            } else {
                errors.add("第 " + (i + 1) + " 行：无法识别“" + l + "”（可用：年度、机关、标题、前言、第N部分、表二/表三/表四、删除（部分或表格的行）、落款、"
                    + "上年报告、预期触发、预期不触发）");
            }
        }
        if (expects.isEmpty()) errors.add("第 " + line + " 行：用例“" + name + "”没有“预期触发：”或“预期不触发：”");
        if (previous != null) {
            if (!previousYearGiven) previous.year = thisYear.year - 1;
            if (!previousOrganGiven) previous.organ = thisYear.organ;
        }
        return new Case(path, name, line, thisYear.render(), previous == null ? null : previous.render(), expects, errors);
    }

    /** A text block runs until the next directive line. */
    private static int blockEnd(String[] lines, int from, int to) {
        int i = from;
        while (i < to) {
            String l = lines[i].strip();
            if (l.startsWith("## ") || EXPECT.matcher(l).matches() || PART.matcher(l).matches() || TABLE.matcher(l).matches()
                || PREVIOUS.matcher(l).matches() || l.matches("^(年度|机关|标题|前言|删除|落款)[：:].*")) break;
            i++;
        }
        return i;
    }

    private static int number(String n) {
        return n.matches("\\d") ? Integer.parseInt(n) : "一二三四五六".indexOf(n) + 1;
    }

    /** Checks a case's report, with its last-year report as the previous one when it has one, and compares. */
    public static Result run(RuleBook book, Case c) {
        PreviousReports previous = PreviousReports.NONE;
        if (c.previous() != null) {
            try {
                previous = PreviousReports.of(c.file() + "#" + c.name() + "#上年报告", c.previous(), book.data().templates());
            } catch (IllegalArgumentException e) {
                return new Result(c, List.of(e.getMessage()));
            }
        }
        CheckResult r = new Checker(book, previous).check(c.file() + "#" + c.name(), c.report().getBytes(StandardCharsets.UTF_8));
        return new Result(c, compare(c, r.findings()).differences(), r);
    }

    /** Compares the findings of a case's report with its expectations. */
    public static Result compare(Case c, List<Finding> findings) {
        List<String> diffs = new ArrayList<>(c.errors());
        for (Expect e : c.expects()) {
            List<Finding> hits = findings.stream().filter(f -> f.ruleId().equals(e.ruleId()))
                .filter(f -> e.words().stream().allMatch(w -> (LocationText.place(f.location()) + " " + f.message()).contains(w))).toList();
            if (e.fires() && hits.isEmpty()) {
                List<String> same = findings.stream().filter(f -> f.ruleId().equals(e.ruleId()))
                    .map(f -> LocationText.place(f.location()) + "：" + f.message()).toList();
                diffs.add("第 " + e.line() + " 行：应触发 " + e.ruleId() + (e.words().isEmpty() ? "" : "（含“" + String.join("”“", e.words()) + "”）")
                    + "，但" + (same.isEmpty() ? "没有触发" : "只有：" + String.join("；", same)));
            }
            if (!e.fires() && !hits.isEmpty()) {
                diffs.add("第 " + e.line() + " 行：不应触发 " + e.ruleId() + "，但触发了：" + LocationText.place(hits.get(0).location()) + "：" + hits.get(0).message());
            }
        }
        return new Result(c, diffs);
    }

}
