package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.xxgkcheck.template.LabelSpec;
import org.xxgkcheck.template.Labels;
import org.xxgkcheck.template.Layout;
import org.xxgkcheck.template.PartSpec;
import org.xxgkcheck.template.RowSpec;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * Reads rules/templates/: parts.txt (the six parts and their heading wordings) and one file per table. Every
 * mistake comes back as a Chinese RuleError with file and line, as for the other data files.
 */
final class TemplateFiles {
    private TemplateFiles() {}

    static final String FOLDER = "templates/";
    static final String PARTS = "parts.txt";

    private static final Set<String> TABLE_KEYS = Set.of("表", "名称", "部分", "排列", "格式", "识别", "栏目标题", "表头", "说明", "说明.识别", "起始行");
    private static final Set<String> LABEL_PROPERTIES = Set.of("也写作", "识别", "格式", "简称");

    static TemplateBook read(List<RuleFile> files, List<RuleError> errors) {
        RuleFile parts = null;
        List<RuleFile> tables = new ArrayList<>();
        for (RuleFile f : files) {
            if (f.path().endsWith("/" + PARTS)) parts = f;
            else tables.add(f);
        }
        if (parts == null) {
            errors.add(new RuleError("error", "rules/" + FOLDER + PARTS, 0,
                "缺少模板文件 rules/" + FOLDER + PARTS + "（六个部分的标题写法）", "", ""));
            return null;
        }
        List<PartSpec> partSpecs = parts(parts, errors);
        Map<String, TableSpec> byTable = new LinkedHashMap<>();
        for (RuleFile f : tables) {
            TableSpec t = table(f, errors);
            if (t == null) continue;
            if (byTable.containsKey(t.table())) {
                errors.add(new RuleError("error", f.path(), 0, "表“" + t.table() + "”在两个模板文件中都有定义", "", ""));
            }
            byTable.put(t.table(), t);
        }
        for (String needed : List.of("T2", "T3", "T4")) {
            if (!byTable.containsKey(needed)) {
                errors.add(new RuleError("error", "rules/" + FOLDER, 0, "模板中没有表“" + needed + "”（规则要用到表二、表三、表四）", "", ""));
            }
        }
        return new TemplateBook(partSpecs, byTable);
    }

    private static List<PartSpec> parts(RuleFile file, List<RuleError> errors) {
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, Pattern> wordings = new HashMap<>();
        for (KeyValueFile.Entry e : KeyValueFile.parse(file, errors)) {
            String[] k = e.key().split("\\.");
            Integer n = k.length >= 2 && k[0].equals("部分") && k[1].matches("[1-6]") ? Integer.valueOf(k[1]) : null;
            if (n != null && k.length == 2) {
                names.put(n, e.value());
            } else if (n != null && k.length == 3 && k[2].equals("写法")) {
                wordings.put(n, pattern(e, file, errors));
            } else {
                errors.add(error(file, e, "无法识别“" + e.key() + "”：应为“部分.1 = 标题”或“部分.1.写法 = 其他写法”（序号 1 至 6）"));
            }
        }
        for (int n = 1; n <= 6; n++) {
            if (!names.containsKey(n)) {
                errors.add(new RuleError("error", file.path(), 0, "缺少“部分." + n + " = 标题”：六个部分都要写明格式规定的标题", "", ""));
            }
        }
        List<PartSpec> out = new ArrayList<>();
        names.forEach((n, name) -> out.add(new PartSpec(n, name, wordings.get(n))));
        return out;
    }

    /** Collected per row or column before the spec is built: the file order of keys is the printed order. */
    private static final class Draft {
        final String key;
        final int line;
        List<String> printed = List.of();
        String display;
        String block;
        List<String> aliases = List.of();
        Pattern pattern;
        Set<String> formats = Set.of();
        final Map<String, List<String>> columns = new LinkedHashMap<>();
        final Map<String, Integer> columnLines = new HashMap<>();
        boolean optional;

        Draft(String key, int line) { this.key = key; this.line = line; }
    }

    private static TableSpec table(RuleFile file, List<RuleError> errors) {
        Map<String, KeyValueFile.Entry> top = new HashMap<>();
        Map<String, Draft> columns = new LinkedHashMap<>();
        Map<String, Draft> rows = new LinkedHashMap<>();
        Map<String, String> cellNames = new LinkedHashMap<>();
        Map<String, Integer> cellLines = new HashMap<>();
        int before = errors.size();
        for (KeyValueFile.Entry e : KeyValueFile.parse(file, errors)) {
            String[] k = e.key().split("\\.");
            if (TABLE_KEYS.contains(e.key())) {
                top.put(e.key(), e);
            } else if ((k[0].equals("列") || k[0].equals("行")) && k.length >= 2 && k[1].matches("[A-Z][A-Z0-9_]*")) {
                Map<String, Draft> into = k[0].equals("列") ? columns : rows;
                Draft d = into.computeIfAbsent(k[1], key -> new Draft(key, e.line()));
                labelProperty(file, e, k, d, k[0].equals("行"), errors);
            } else if (k[0].equals("格") && k.length == 3) {
                cellNames.put(k[1] + "." + k[2], e.value());
                cellLines.put(k[1] + "." + k[2], e.line());
            } else {
                errors.add(error(file, e, "无法识别“" + e.key() + "”：可写的项目有 " + String.join("、", TABLE_KEYS)
                    + "，以及“列.编号”“行.编号”（编号用大写英文字母、数字和下划线，如 REG、DENY_1）和“格.行.列”"));
            }
        }
        for (String required : List.of("表", "名称", "部分", "排列", "格式")) {
            if (!top.containsKey(required)) {
                errors.add(new RuleError("error", file.path(), 0, "模板文件缺少“" + required + " = …”", "", ""));
            }
        }
        if (rows.isEmpty()) errors.add(new RuleError("error", file.path(), 0, "模板文件中没有任何“行.编号 = 名称”", "", ""));
        if (columns.isEmpty()) errors.add(new RuleError("error", file.path(), 0, "模板文件中没有任何“列.编号 = 名称”", "", ""));
        if (errors.size() > before) return null;

        List<String> formats = List.of(top.get("格式").value().split("\\s*\\|\\s*"));
        Layout layout = Layout.of(top.get("排列").value());
        if (layout == null) {
            errors.add(error(file, top.get("排列"), "排列方式应为“分栏目”“按行”或“按顺序”，现在是“" + top.get("排列").value() + "”"));
        }
        Integer part = top.get("部分").value().matches("[1-6]") ? Integer.valueOf(top.get("部分").value()) : null;
        if (part == null) errors.add(error(file, top.get("部分"), "“部分”应为 1 至 6 的数字"));

        Map<String, LabelSpec> columnSpecs = new LinkedHashMap<>();
        for (Draft d : columns.values()) {
            check(file, d, "列", formats, errors);
            columnSpecs.put(d.key, new LabelSpec(d.key, d.printed, d.display, d.aliases, d.pattern, d.formats));
        }
        Map<String, RowSpec> rowSpecs = new LinkedHashMap<>();
        for (Draft d : rows.values()) {
            check(file, d, "行", formats, errors);
            for (Map.Entry<String, List<String>> c : d.columns.entrySet()) {
                int line = d.columnLines.get(c.getKey());
                if (!formats.contains(c.getKey())) {
                    errors.add(new RuleError("error", file.path(), line, "行“" + d.key + "”的列写给了格式“" + c.getKey()
                        + "”，这张表只有格式 " + String.join("、", formats), file.line(line), ""));
                }
                for (String col : c.getValue()) {
                    if (!columns.containsKey(col)) {
                        errors.add(new RuleError("error", file.path(), line, "行“" + d.key + "”用到的列“" + col
                            + "”没有定义（已定义的列：" + String.join("、", columns.keySet()) + "）", file.line(line), ""));
                    }
                }
            }
            boolean used = formats.stream().anyMatch(f -> (d.formats.isEmpty() || d.formats.contains(f))
                && (d.columns.isEmpty() || d.columns.containsKey(f)));
            if (!used) {
                errors.add(new RuleError("error", file.path(), d.line, "行“" + d.key + "”不属于这张表的任何格式（检查“.格式”和“.列.格式”）",
                    file.line(d.line), ""));
            }
            rowSpecs.put(d.key, new RowSpec(new LabelSpec(d.key, d.printed, d.display, d.aliases, d.pattern, d.formats),
                Map.copyOf(d.columns), d.optional, d.block));
        }
        duplicates(file, columns.values(), "列", errors);
        duplicates(file, rows.values(), "行", errors);
        for (Map.Entry<String, String> c : cellNames.entrySet()) {
            String[] rc = c.getKey().split("\\.");
            if (!rows.containsKey(rc[0]) || !columns.containsKey(rc[1])) {
                int line = cellLines.get(c.getKey());
                errors.add(new RuleError("error", file.path(), line, "“格." + c.getKey() + "”中的行或列没有定义", file.line(line), ""));
            }
        }
        String start = value(top, "起始行");
        if (start != null && !rows.containsKey(start)) {
            errors.add(error(file, top.get("起始行"), "起始行“" + start + "”不是这张表的行"));
        }
        Pattern recognise = top.containsKey("识别") ? pattern(top.get("识别"), file, errors) : null;
        if (layout == null || part == null) return null;
        return new TableSpec(top.get("表").value(), top.get("名称").value(), part, layout, formats, recognise,
            value(top, "栏目标题"), value(top, "表头"), value(top, "说明"), value(top, "说明.识别"), start,
            columnSpecs, rowSpecs, cellNames);
    }

    private static void labelProperty(RuleFile file, KeyValueFile.Entry e, String[] k, Draft d, boolean row, List<RuleError> errors) {
        List<String> words = List.of(e.value().split("\\s*\\|\\s*"));
        if (k.length == 2) {
            d.printed = words;
        } else if (k.length == 3 && k[2].equals("也写作")) {
            d.aliases = words;
        } else if (k.length == 3 && k[2].equals("识别")) {
            d.pattern = pattern(e, file, errors);
        } else if (k.length == 3 && k[2].equals("简称")) {
            d.display = e.value();
        } else if (row && k.length == 3 && k[2].equals("栏目")) {
            d.block = e.value();
        } else if (k.length == 3 && k[2].equals("格式")) {
            d.formats = new LinkedHashSet<>(words);
        } else if (row && k.length == 3 && k[2].equals("可省略")) {
            d.optional = e.value().equals("是");
            if (!e.value().equals("是") && !e.value().equals("否")) errors.add(error(file, e, "“可省略”应写“是”或“否”"));
        } else if (row && k.length == 4 && k[2].equals("列")) {
            d.columns.put(k[3], words);
            d.columnLines.put(k[3], e.line());
        } else {
            errors.add(error(file, e, "无法识别“" + e.key() + "”：" + (row ? "行" : "列") + "可写的项目有 "
                + String.join("、", LABEL_PROPERTIES) + (row ? "、可省略、栏目、列.格式" : "")));
        }
    }

    private static void check(RuleFile file, Draft d, String what, List<String> formats, List<RuleError> errors) {
        if (d.printed.isEmpty()) {
            errors.add(new RuleError("error", file.path(), d.line, what + "“" + d.key + "”没有写格式原文（" + what + "." + d.key + " = 名称）",
                file.line(d.line), ""));
        }
        for (String f : d.formats) {
            if (!formats.contains(f)) {
                errors.add(new RuleError("error", file.path(), d.line, what + "“" + d.key + "”的格式“" + f + "”不是这张表的格式（"
                    + String.join("、", formats) + "）", file.line(d.line), ""));
            }
        }
    }

    /** Two rows (or two columns) with the same wording could not be told apart. */
    private static void duplicates(RuleFile file, java.util.Collection<Draft> drafts, String what, List<RuleError> errors) {
        Map<String, String> seen = new HashMap<>();
        for (Draft d : drafts) {
            List<String> words = new ArrayList<>(d.printed);
            words.addAll(d.aliases);
            for (String w : words) {
                String core = Labels.core(LabelSpec.last(w));
                String other = seen.putIfAbsent(core, d.key);
                if (other != null && !other.equals(d.key)) {
                    errors.add(new RuleError("error", file.path(), d.line, what + "“" + d.key + "”的写法“" + w + "”与" + what + "“" + other
                        + "”重复，读取时无法区分", file.line(d.line), ""));
                }
            }
        }
    }

    private static Pattern pattern(KeyValueFile.Entry e, RuleFile file, List<RuleError> errors) {
        try {
            return Pattern.compile(Labels.normalize(e.value()));
        } catch (PatternSyntaxException ex) {
            errors.add(new RuleError("error", file.path(), e.line(), "“" + e.key() + "”的写法有误（检查括号和 | 是否成对）",
                e.key() + " = " + e.value(), ex.getDescription()));
            return null;
        }
    }

    private static String value(Map<String, KeyValueFile.Entry> top, String key) {
        KeyValueFile.Entry e = top.get(key);
        return e == null ? null : e.value();
    }

    private static RuleError error(RuleFile file, KeyValueFile.Entry e, String message) {
        return new RuleError("error", file.path(), e.line(), message, e.key() + " = " + e.value(), "");
    }
}
