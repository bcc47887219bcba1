package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * A rule's `when` conditions in Chinese, with the values the rule matched filled in, for --explain: a formula
 * `eval($new + $in != $res + $out)` reads "5 + 2 ≠ 5 + 1，即 7 ≠ 6", a pattern `Mention(family == "信息处理费",
 * part == 6)` reads "用到词表词语的句子（词族为“信息处理费”，所在部分为第六部分）". What it cannot translate keeps its
 * numbers and gets Chinese operators; no DRL keyword (eval, accumulate, equals) is left.
 */
final class ConditionText {
    private final Map<String, Object> values;
    private final TemplateBook templates;
    /** Names of collections and totals made by accumulate, by variable. */
    private final Map<String, String> names = new HashMap<>();

    ConditionText(Map<String, Object> values, TemplateBook templates) {
        this.values = values;
        this.templates = templates;
    }

    /** The conditions of a `when` block, one per element: lines joined until their brackets close. */
    static List<String> conditions(String when) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (String line : when.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("//")) continue;
            if (cur.length() > 0) cur.append(' ');
            cur.append(t);
            depth += depth(t);
            if (depth <= 0) {
                out.add(cur.toString());
                cur.setLength(0);
                depth = 0;
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    private static int depth(String s) {
        int d = 0;
        boolean str = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) str = !str;
            else if (!str && c == '(') d++;
            else if (!str && c == ')') d--;
        }
        return d;
    }

    private static final Pattern PATTERN = Pattern.compile("(?s)^(?:\\$\\w+\\s*:\\s*)?([A-Z]\\w*)\\s*\\((.*)\\)\\s*$");
    private static final Pattern CONSTRAINT = Pattern.compile("(?s)^(\\w+)\\s*(==|!=|>=|<=|>|<|not\\s+matches|matches|not\\s+in|in)\\s*(.+)$");
    private static final Pattern BINDING = Pattern.compile("^\\$\\w+\\s*:\\s*(\\w+)$");
    private static final Pattern ACCUMULATE = Pattern.compile("(?s)^accumulate\\s*\\((.*)\\)$");
    private static final Pattern FUNCTION = Pattern.compile("\\$(\\w+)\\s*:\\s*(\\w+)\\s*\\(\\s*(?:\\$(\\w+))?\\s*\\)");

    /** "未找到" text of a `not` condition. */
    String absent(String cond) {
        String p = cond.substring(3).strip();
        if (p.startsWith("(") && p.endsWith(")")) p = p.substring(1, p.length() - 1).strip();
        return pattern(p);
    }

    /** A fact pattern: the fact type's noun and its constraints. */
    String pattern(String p) {
        Matcher m = PATTERN.matcher(p.strip());
        if (!m.matches()) return formula(p);
        String type = m.group(1);
        List<String> said = new ArrayList<>();
        String table = null;
        for (String c : split(m.group(2), ',')) {
            Matcher t = CONSTRAINT.matcher(c.strip());
            if (t.matches() && t.group(1).equals("table")) table = text(t.group(3).strip());
        }
        for (String c : split(m.group(2), ',')) {
            String s = constraint(c.strip(), table);
            if (s != null && !s.isEmpty()) said.add(s);
        }
        return FactWords.type(type) + (said.isEmpty() ? "" : "（" + String.join("，", said) + "）");
    }

    private String constraint(String c, String table) {
        if (c.isEmpty() || BINDING.matcher(c).matches()) return null;
        List<String> ors = split(c, '|');
        if (ors.size() > 1 && c.contains("||")) {
            List<String> parts = new ArrayList<>();
            for (String o : ors) if (!o.isBlank()) parts.add(constraint(o.strip(), table));
            return String.join("或", parts);
        }
        if (c.startsWith("$") && c.contains(":")) c = c.substring(c.indexOf(':') + 1).strip();
        if (c.matches("!?\\w+")) {
            boolean not = c.startsWith("!");
            String f = not ? c.substring(1) : c;
            String[] words = FactWords.FLAGS.get(f);
            if (words != null) return words[not ? 1 : 0];
            return (not ? "不" : "") + FactWords.field(f);
        }
        Matcher call = METHOD_CONSTRAINT.matcher(c);
        if (call.matches()) return methodConstraint(call);
        Matcher m = CONSTRAINT.matcher(c);
        if (!m.matches()) return formula(c);
        String field = m.group(1);
        String op = m.group(2).replaceAll("\\s+", " ");
        String raw = m.group(3).strip();
        String label = FactWords.field(field);
        if (op.endsWith("in")) {
            List<String> items = new ArrayList<>();
            for (String v : split(raw.replaceAll("^\\(|\\)$", ""), ',')) items.add(value(field, v.strip(), table));
            return label + (op.startsWith("not") ? "不是 " : "是 ") + String.join("、", items) + (items.size() > 1 ? " 之一" : "");
        }
        if (op.endsWith("matches")) return label + (op.startsWith("not") ? "不符合写法 " : "符合写法 ") + raw;
        String word = switch (op) {
            case "==" -> "为";
            case "!=" -> "不为";
            case ">" -> "大于";
            case ">=" -> "不小于";
            case "<" -> "小于";
            default -> "不大于";
        };
        return label + word + value(field, raw, table);
    }

    private static final Pattern METHOD_CONSTRAINT = Pattern.compile("(?s)^(readable|value|hasPart|partText)\\(([^()]*)\\)\\s*(.*)$");

    /** The methods LastYear offers to conditions: readable("T3"), value("T3", "NEW", "TOT") > 0, hasPart(5), partText(5). */
    private String methodConstraint(Matcher call) {
        List<String> a = new ArrayList<>();
        for (String x : split(call.group(2), ',')) {
            String t = text(x.strip());
            a.add(t == null ? x.strip() : t);
        }
        String subject = switch (call.group(1)) {
            case "readable" -> (a.isEmpty() ? "表格" : tableName(a.get(0))) + "能按模板读出";
            case "value" -> a.size() < 3 ? "单元格的值" : tableName(a.get(0)) + "“" + orKey(key(a.get(0), a.get(1), false), a.get(1)) + "”·“"
                + orKey(key(a.get(0), a.get(2), true), a.get(2)) + "”的值";
            case "hasPart" -> "有" + part(a);
            default -> part(a) + "的正文";
        };
        String rest = call.group(3).strip();
        if (rest.isEmpty()) return subject;
        Matcher m = CONSTRAINT.matcher("x " + rest);
        if (!m.matches()) return subject + " " + formula(rest);
        String op = m.group(2).replaceAll("\\s+", " ");
        if (op.endsWith("matches")) return subject + (op.startsWith("not") ? "不符合写法 " : "符合写法 ") + m.group(3).strip();
        return subject + " " + formula("x " + op + " " + m.group(3)).substring(2);
    }

    private String tableName(String table) {
        return templates != null && templates.table(table) != null ? templates.table(table).name() : table;
    }

    private static String orKey(String label, String key) { return label == null ? key : label; }

    private static String part(List<String> a) {
        return !a.isEmpty() && a.get(0).matches("[1-6]") ? "第" + TemplateBook.numeral(Integer.parseInt(a.get(0))) + "部分" : "该部分";
    }

    /** A constraint's value: a table, row or column key by its template name, a code in Chinese, a variable by its value. */
    private String value(String field, String raw, String table) {
        String v = text(raw);
        if (v == null) return formula(raw);
        if (field.equals("part") && v.matches("[0-6]")) return v.equals("0") ? "标题和前言" : "第" + TemplateBook.numeral(Integer.parseInt(v)) + "部分";
        if (field.equals("table") && templates != null && templates.table(v) != null) return templates.table(v).name();
        if ((field.equals("row") || field.equals("column")) && templates != null) {
            String label = key(table, v, field.equals("column"));
            if (label != null) return "“" + label + "”";
        }
        String code = FactWords.code(field, v);
        if (!code.equals(v)) return code;
        boolean word = raw.startsWith("\"") || (raw.startsWith("$") && values.get(raw.substring(1)) instanceof String);
        return word ? "“" + v + "”" : v;
    }

    /** The printed name of a row or column key in a table (or the first table that has it). */
    private String key(String table, String key, boolean column) {
        for (TableSpec t : table != null && templates.table(table) != null ? List.of(templates.table(table)) : templates.tables().values()) {
            if (column && t.columns().containsKey(key)) return t.columns().get(key).name();
            if (!column && t.rows().containsKey(key)) return t.rows().get(key).label().name();
        }
        return null;
    }

    /** A literal string, a number, or a variable's value as text; null for an expression. */
    private String text(String raw) {
        if (raw.matches("\"(?:[^\"\\\\]|\\\\.)*\"")) return raw.substring(1, raw.length() - 1);
        if (raw.matches("-?\\d+(\\.\\d+)?")) return raw;
        Matcher m = Pattern.compile("^\\$(\\w+)(?:\\.(\\w+))?$").matcher(raw);
        if (m.matches() && values.containsKey(m.group(1))) {
            Object v = values.get(m.group(1));
            if (m.group(2) != null) v = call(v, "get" + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1), List.of());
            if (v instanceof String || v instanceof Number) return FactText.value(v).replaceAll("^“|”$", "");
        }
        return null;
    }

    /** An accumulate: what is counted or summed, its result and the test on it. */
    String accumulate(String cond) {
        Matcher m = ACCUMULATE.matcher(cond.strip());
        if (!m.matches()) return formula(cond);
        List<String> sections = split(m.group(1), ';');
        if (sections.size() < 2) return formula(cond);
        String what = pattern(sections.get(0).strip());
        List<String> results = new ArrayList<>();
        Matcher f = FUNCTION.matcher(sections.get(1));
        while (f.find()) {
            String fn = switch (f.group(2)) {
                case "sum" -> "之和";
                case "count" -> "的个数";
                case "collectSet", "collectList" -> "";
                case "min" -> "的最小值";
                case "max" -> "的最大值";
                case "average" -> "的平均值";
                default -> "";
            };
            Matcher family = Pattern.compile("^Mention\\s*\\([^)]*family\\s*==\\s*\"([^\"]+)\"").matcher(sections.get(0).strip());
            if (fn.isEmpty() && family.find()) names.put(f.group(1), "用到“" + family.group(1) + "”的句子");
            String name = what + (fn.isEmpty() ? "" : (fn.startsWith("的") ? "" : "的" + FactWords.field(bound(sections.get(0), f.group(3)))) + fn);
            names.putIfAbsent(f.group(1), name);
            results.add(name + " = " + show(values.get(f.group(1))));
        }
        String out = "统计" + String.join("；", results);
        if (sections.size() > 2 && !sections.get(2).isBlank()) out += "；" + formula(sections.get(2).strip());
        return out;
    }

    /** The field a variable is bound to in a pattern ("$v : value" → value). */
    private static String bound(String pattern, String var) {
        if (var == null) return "";
        Matcher m = Pattern.compile("\\$" + var + "\\s*:\\s*(\\w+)").matcher(pattern);
        return m.find() ? m.group(1) : "";
    }

    private static String show(Object v) {
        if (v instanceof Collection<?> c) return c.size() + " 项";
        String s = v == null ? null : FactText.value(v);
        return s == null ? "？" : s;
    }

    private static final Pattern CALL = Pattern.compile("\\$(\\w+)\\.(\\w+)\\(([^()]*)\\)");
    private static final Pattern VAR = Pattern.compile("\\$(\\w+)(?!\\w)");

    /** An eval expression with the values filled in and the operators in Chinese; "，即 7 ≠ 6" when both sides are sums. */
    String formula(String expr) {
        String e = expr.strip();
        if (e.startsWith("eval(") && e.endsWith(")")) e = e.substring(5, e.length() - 1).strip();
        e = collections(e);
        // Method calls on matched facts: $p.getSentenceCount(), $ly.value("T3", "CARRY_OUT", $c), $problems.size().
        Matcher m = CALL.matcher(e);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object target = values.get(m.group(1));
            Object v = target == null ? null : call(target, m.group(2), args(m.group(3)));
            String shown = v == null ? m.group() : v instanceof Boolean b ? "⟦" + flag(m.group(2), b) + "⟧" : literal(v);
            m.appendReplacement(sb, Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        m = VAR.matcher(sb.toString());
        sb = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            String text = names.containsKey(m.group(1)) && v instanceof Collection<?> ? names.get(m.group(1)) : v == null ? null : literal(v);
            m.appendReplacement(sb, Matcher.quoteReplacement(text == null ? "$" + m.group(1) : text));
        }
        m.appendTail(sb);
        e = sb.toString();
        // A boolean shows the state it had, so "!" in front of it is already said.
        e = e.replaceAll("!\\s*⟦", "⟦").replace("⟦", "").replace("⟧", "");
        e = joinStrings(e);
        e = equalsCalls(e);
        e = e.replace("Math.abs(", "绝对值(").replace("Math.round(", "四舍五入(").replace("java.util.", "");
        e = e.replace("!=", " ≠ ").replace("==", " = ").replace(">=", " ≥ ").replace("<=", " ≤ ")
            .replace("&&", " 并且 ").replace("||", " 或者 ").replace("!(", "并非(").replaceAll("(?<=[\\d)\\s])\\*(?=[\\s\\d(])", " × ")
            .replaceAll("(?<=[\\d)\\s])/(?=[\\s\\d(])", " ÷ ").replaceAll("\"([^\"]*)\"", "“$1”").replaceAll("\\s+", " ").strip();
        return e + sides(e);
    }

    private static final Pattern CONCAT = Pattern.compile("(-?\\d+|\"[^\"]*\")\\s*\\+\\s*\"([^\"]*)\"");

    /** "二" + "、" → "二、", 2023 + "-01-01" → "2023-01-01": string building filled in is shown as its result. */
    private static String joinStrings(String e) {
        for (Matcher m = CONCAT.matcher(e); m.find(); m = CONCAT.matcher(e)) {
            String left = m.group(1).startsWith("\"") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
            e = e.substring(0, m.start()) + "\"" + left + m.group(2) + "\"" + e.substring(m.end());
        }
        return e;
    }

    /** A boolean getter's state in words: isCanonicalWording() false → 措辞与格式不同. */
    private static String flag(String method, boolean value) {
        String field = method.replaceFirst("^(is|get)", "");
        field = field.isEmpty() ? method : Character.toLowerCase(field.charAt(0)) + field.substring(1);
        String[] words = FactWords.FLAGS.get(field);
        if (words != null) return words[value ? 0 : 1];
        return FactWords.field(field) + (value ? "：是" : "：否");
    }

    /** containsAll and Collections.disjoint on the sentence sets made by accumulate, in words. */
    private String collections(String e) {
        e = e.replaceAll("\\$(\\w+)\\.containsAll\\(\\$(\\w+)\\)", "[\\$$2 中的每一项都在 \\$$1 中]");
        e = e.replaceAll("(?:java\\.util\\.)?Collections\\.disjoint\\(\\$(\\w+),\\s*\\$(\\w+)\\)", "[\\$$1 与 \\$$2 没有共同的一项]");
        e = e.replaceAll("\\$(\\w+)\\.size\\(\\)", "\\$$1#size");
        Matcher m = Pattern.compile("\\$(\\w+)#size").matcher(e);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v instanceof Collection<?> c ? String.valueOf(c.size()) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** a.equals(b) → a = b, !a.equals(b) → a ≠ b, for filled-in literals. */
    private static String equalsCalls(String e) {
        Matcher m = Pattern.compile("(!?)(“[^”]*”|\"[^\"]*\"|[\\w.-]+)\\.equals\\(([^()]*)\\)").matcher(e);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(m.group(2) + (m.group(1).isEmpty() ? " == " : " != ") + m.group(3)));
        m.appendTail(sb);
        return sb.toString();
    }

    private List<Object> args(String text) {
        List<Object> out = new ArrayList<>();
        if (text.isBlank()) return out;
        for (String a : split(text, ',')) {
            String t = a.strip();
            if (t.startsWith("\"")) out.add(t.substring(1, t.length() - 1));
            else if (t.startsWith("$")) out.add(values.get(t.substring(1)));
            else if (t.matches("-?\\d+")) out.add(Integer.valueOf(t));
            else out.add(t);
        }
        return out;
    }

    /** Calls a method of a matched fact by name with the given arguments; null when it cannot. */
    private static Object call(Object target, String method, List<Object> args) {
        for (var m : target.getClass().getMethods()) {
            if (!m.getName().equals(method) || m.getParameterCount() != args.size()) continue;
            try {
                return m.invoke(target, args.toArray());
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                // try the next overload
            }
        }
        return null;
    }

    private static String literal(Object v) {
        if (v instanceof String s) return "\"" + s + "\"";
        String t = FactText.value(v);
        return t == null ? String.valueOf(v) : t;
    }

    /** "，即 7 ≠ 6" when the formula compares two sums of numbers. */
    private static String sides(String e) {
        Matcher m = Pattern.compile("^(.+?) (≠|=|>|<|≥|≤) (.+)$").matcher(e);
        if (!m.matches()) return "";
        Double l = Arithmetic.value(m.group(1));
        Double r = Arithmetic.value(m.group(3));
        if (l == null || r == null) return "";
        String ls = round(l);
        String rs = round(r);
        if (ls.equals(m.group(1).strip()) && rs.equals(m.group(3).strip())) return "";
        return "，即 " + ls + " " + m.group(2) + " " + rs;
    }

    private static String round(double d) {
        return new java.math.BigDecimal(d).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Splits at a separator outside brackets and strings. */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean str = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) str = !str;
            else if (!str && c == '(') depth++;
            else if (!str && c == ')') depth--;
            else if (!str && depth == 0 && c == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        if (sep == '|') out.removeIf(String::isEmpty);
        return out;
    }
}
