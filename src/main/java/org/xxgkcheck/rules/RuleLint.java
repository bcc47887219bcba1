package org.xxgkcheck.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xxgkcheck.facts.Setting;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * Checks what the DRL compiler lets through but a policy officer would not mean: a keyword family or setting
 * name that rules/vocabulary.txt or settings.txt does not have (the rule would silently never, or always, fire),
 * and DRL forms that Drools has deprecated and its DRL10 language level no longer accepts.
 */
final class RuleLint {
    private RuleLint() {}

    private static final Pattern FAMILY = Pattern.compile("family\\s*==\\s*\"([^\"]+)\"");
    /** A family and a name in one pattern: Mention(family == "考核评议追究", name == "工作考核"). */
    private static final Pattern FAMILY_NAME = Pattern.compile("\\b(?:Mention|Term)\\s*\\([^()]*family\\s*==\\s*\"([^\"]+)\"[^()]*\\bname\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern FAMILY_IN = Pattern.compile("family\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern SETTING = Pattern.compile("Setting\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern TABLE = Pattern.compile("\\btable\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern ROW_OR_COLUMN = Pattern.compile("\\b(row|column)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern CELL_VALUE = Pattern.compile("value\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern HALF_CONSTRAINT = Pattern.compile("(&&|\\|\\|)\\s*(<=|>=|==|!=|<|>)\\s*[\\w\"$(-]");
    private static final Pattern PATTERN_CONNECTIVE = Pattern.compile("\\)\\s*(&&|\\|\\|)\\s*\\$?\\w*\\s*:?\\s*[A-Z]\\w*\\s*\\(");

    static void check(List<RuleFile> files, RuleData data, List<RuleError> errors, List<RuleError> warnings) {
        Set<String> families = data.terms().stream().map(Term::getFamily).collect(Collectors.toSet());
        Set<String> settings = data.settings().stream().map(Setting::getName).collect(Collectors.toSet());
        for (RuleFile f : files) {
            String[] lines = f.text().split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String code = stripComment(lines[i]);
                Matcher m = FAMILY.matcher(code);
                while (m.find()) {
                    if (!families.contains(m.group(1))) {
                        errors.add(new RuleError("error", f.path(), i + 1, "rules/vocabulary.txt 中没有关键词族“" + m.group(1)
                            + "”，这个条件永远不会匹配。已有的族：" + String.join("、", new java.util.TreeSet<>(families)), lines[i], ""));
                    }
                }
                m = FAMILY_IN.matcher(code);
                while (m.find()) {
                    Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(m.group(1));
                    while (q.find()) {
                        if (!families.contains(q.group(1))) {
                            errors.add(new RuleError("error", f.path(), i + 1, "rules/vocabulary.txt 中没有关键词族“" + q.group(1)
                                + "”，这个条件永远不会匹配它。已有的族：" + String.join("、", new java.util.TreeSet<>(families)), lines[i], ""));
                        }
                    }
                }
                m = FAMILY_NAME.matcher(code);
                while (m.find()) {
                    String family = m.group(1);
                    List<String> names = data.terms().stream().filter(t -> t.getFamily().equals(family)).map(Term::getName).toList();
                    if (!names.isEmpty() && !names.contains(m.group(2))) {
                        errors.add(new RuleError("error", f.path(), i + 1, "rules/vocabulary.txt 的关键词族“" + family + "”中没有名称“"
                            + m.group(2) + "”，这个条件永远不会匹配。该族的名称：" + String.join("、", names), lines[i], ""));
                    }
                }
                m = SETTING.matcher(code);
                while (m.find()) {
                    if (!settings.contains(m.group(1))) {
                        errors.add(new RuleError("error", f.path(), i + 1, "rules/settings.txt 中没有设定“" + m.group(1)
                            + "”，这条规则永远不会触发。", lines[i], ""));
                    }
                }
                if (data.templates() != null) templateKeys(f, i + 1, lines[i], code, data.templates(), errors);
                if (HALF_CONSTRAINT.matcher(code).find()) {
                    warnings.add(new RuleError("warning", f.path(), i + 1, "已弃用的写法：“&&”或“||”后面省略了字段名（如 value > 1 && < 10），"
                        + "Drools 的新语法不再支持，请写全（value > 1 && value < 10）", lines[i], ""));
                }
                if (PATTERN_CONNECTIVE.matcher(code).find()) {
                    warnings.add(new RuleError("warning", f.path(), i + 1, "已弃用的写法：在两个条件之间用“&&”或“||”连接，"
                        + "请改用 and / or", lines[i], ""));
                }
            }
            for (int line : ternaryLines(f)) {
                warnings.add(new RuleError("warning", f.path(), line, "条件中不要用“? :”（条件 ? 甲 : 乙）：Drools 不能可靠地处理这种条件，"
                    + "这个规则集因此不能预编译缓存，每次检查都要重新编译。请拆成两种情形，用 || 连接", lines[line - 1], ""));
            }
        }
    }

    /**
     * Table, row and column keys a rule names must be defined in rules/templates/, or the condition never matches:
     * a key renamed in a template, or misspelt in a rule (row == "REG_MADE"), is caught here.
     */
    private static void templateKeys(RuleFile f, int line, String source, String code, TemplateBook t, List<RuleError> errors) {
        Matcher m = TABLE.matcher(code);
        TableSpec table = null;
        while (m.find()) {
            table = t.table(m.group(1));
            if (table == null) {
                errors.add(new RuleError("error", f.path(), line, "模板（rules/templates/）中没有表“" + m.group(1) + "”，这个条件永远不会匹配。已有的表："
                    + String.join("、", t.tables().keySet()), source, ""));
            }
        }
        m = ROW_OR_COLUMN.matcher(code);
        while (m.find()) {
            boolean row = m.group(1).equals("row");
            if (!defined(t, table, row, m.group(2))) {
                errors.add(new RuleError("error", f.path(), line, "模板（rules/templates/）中" + (table == null ? "各表" : table.name()) + "都没有编号为“"
                    + m.group(2) + "”的" + (row ? "行" : "列") + "，这个条件永远不会匹配" + known(t, table, row), source, ""));
            }
        }
        m = CELL_VALUE.matcher(code);
        while (m.find()) {
            TableSpec cellTable = t.table(m.group(1));
            if (cellTable == null || !cellTable.rows().containsKey(m.group(2)) || !cellTable.columns().containsKey(m.group(3))) {
                errors.add(new RuleError("error", f.path(), line, "模板（rules/templates/）中没有单元格“" + m.group(1) + " " + m.group(2) + " "
                    + m.group(3) + "”", source, ""));
            }
        }
    }

    private static boolean defined(TemplateBook t, TableSpec table, boolean row, String key) {
        for (TableSpec s : table == null ? t.tables().values() : List.of(table)) {
            if ((row ? s.rows() : s.columns()).containsKey(key)) return true;
        }
        return false;
    }

    private static String known(TemplateBook t, TableSpec table, boolean row) {
        if (table == null) return "";
        return "。" + table.name() + "的" + (row ? "行" : "列") + "：" + String.join("、", (row ? table.rows() : table.columns()).keySet());
    }

    /** Chinese punctuation that Chinese input methods type in place of the DRL's ASCII marks, and the mark meant. */
    private static final java.util.Map<Character, String> FULL_WIDTH = java.util.Map.ofEntries(
        java.util.Map.entry('“', "\""), java.util.Map.entry('”', "\""), java.util.Map.entry('‘', "'"), java.util.Map.entry('’', "'"),
        java.util.Map.entry('｜', "|"), java.util.Map.entry('（', "("), java.util.Map.entry('）', ")"), java.util.Map.entry('，', ","),
        java.util.Map.entry('；', ";"), java.util.Map.entry('＝', "="), java.util.Map.entry('！', "!"), java.util.Map.entry('＜', "<"),
        java.util.Map.entry('＞', ">"), java.util.Map.entry('＆', "&"), java.util.Map.entry('：', ":"), java.util.Map.entry('＄', "$"));

    /**
     * Chinese punctuation in DRL code, outside strings and // comments: @severity(“info”), a condition joined with
     * ｜｜, a full-width bracket. Drools only says "no viable alternative" at such a place; this names the mark.
     */
    static List<RuleError> punctuation(List<RuleFile> files) {
        List<RuleError> out = new java.util.ArrayList<>();
        for (RuleFile f : files) {
            String[] lines = f.text().split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String code = stripComment(STRING.matcher(lines[i]).replaceAll("\"\""));
                for (int k = 0; k < code.length(); k++) {
                    String ascii = FULL_WIDTH.get(code.charAt(k));
                    if (ascii == null) continue;
                    boolean quote = ascii.equals("\"") || ascii.equals("'");
                    out.add(new RuleError("error", f.path(), i + 1, "这里用了中文标点“" + code.charAt(k) + "”，应为英文的 " + ascii
                        + (quote ? "（元数据和条件中的文字用英文双引号括起来，如 @severity(\"info\")；中文引号只能写在英文双引号之内）"
                            : "（DRL 的元数据、条件和动作都用英文标点；中文只能写在英文双引号之内或 // 说明中）"), lines[i], ""));
                    break;
                }
            }
        }
        return out;
    }

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /**
     * The lines of `when` blocks that use the conditional operator (? :) outside strings. The executable model
     * drops such a condition, so the rule fires whatever the numbers (apache/incubator-kie#7097); rule sets with
     * one are never cached (RuleCache), and rules verify warns.
     */
    static List<Integer> ternaryLines(RuleFile f) {
        List<Integer> out = new java.util.ArrayList<>();
        String[] lines = f.text().split("\r\n|\r|\n", -1);
        boolean when = false;
        for (int i = 0; i < lines.length; i++) {
            String code = stripComment(STRING.matcher(lines[i]).replaceAll("\"\"")).strip();
            if (code.equals("when")) when = true;
            else if (code.equals("then") || code.equals("end")) when = false;
            else if (when && code.contains("?")) out.add(i + 1);
        }
        return out;
    }

    private static String stripComment(String line) {
        int c = line.indexOf("//");
        return c >= 0 ? line.substring(0, c) : line;
    }
}
