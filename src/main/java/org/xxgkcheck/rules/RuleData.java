package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.xxgkcheck.facts.Setting;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.findings.ScoreScheme;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.template.TemplateBook;

/** The data files of a rule set: keyword families, thresholds, the score scheme and the printed templates, checked as they are read. */
public record RuleData(List<Term> terms, List<Setting> settings, ScoreScheme scheme, TemplateBook templates) {

    public static final String VOCABULARY = "vocabulary.txt";
    public static final String SETTINGS = "settings.txt";
    public static final String SCORING = "scoring.txt";
    static final Set<String> FILES = Set.of(VOCABULARY, SETTINGS, SCORING);

    static RuleData read(Map<String, RuleFile> byName, List<RuleFile> templateFiles, List<RuleError> errors) {
        for (String f : List.of(VOCABULARY, SETTINGS, SCORING)) {
            if (!byName.containsKey(f)) {
                errors.add(new RuleError("error", "rules/" + f, 0, "缺少规则数据文件 rules/" + f + "（词表、阈值和计分方案都要放在规则目录顶层）", "", ""));
            }
        }
        if (!errors.isEmpty()) return null;
        return new RuleData(terms(byName.get(VOCABULARY), errors), settings(byName.get(SETTINGS), errors),
            scheme(byName.get(SCORING), errors), TemplateFiles.read(templateFiles, errors));
    }

    private static List<Term> terms(RuleFile file, List<RuleError> errors) {
        List<Term> terms = new ArrayList<>();
        for (KeyValueFile.Entry e : KeyValueFile.parse(file, errors)) {
            int dot = e.key().indexOf('.');
            String family = dot < 0 ? e.key() : e.key().substring(0, dot);
            String name = dot < 0 ? e.key() : e.key().substring(dot + 1);
            try {
                terms.add(new Term(family, name, e.value()));
            } catch (PatternSyntaxException ex) {
                errors.add(new RuleError("error", file.path(), e.line(), "“" + e.key() + "”的词语写法有误（检查括号和 | 是否成对）",
                    e.key() + " = " + e.value(), ex.getDescription()));
            }
        }
        return terms;
    }

    private static List<Setting> settings(RuleFile file, List<RuleError> errors) {
        List<Setting> out = new ArrayList<>();
        for (KeyValueFile.Entry e : KeyValueFile.parse(file, errors)) {
            Double v = number(e, file, errors);
            if (v != null) out.add(new Setting(e.key(), v));
        }
        return out;
    }

    /** The severities a grade cap can name: 等级上限.有错误 / 有警告 / 有提示. */
    private static final Map<String, Severity> CAP_KEYS = Map.of("有错误", Severity.ERROR, "有警告", Severity.WARNING, "有提示", Severity.INFO);

    /** 类别.A.时效与发布 = 10 …, 等级.优秀 = 90 …, 等级上限.有错误 = 良好, 数据需更正.类别 = C */
    private static ScoreScheme scheme(RuleFile file, List<RuleError> errors) {
        List<ScoreScheme.Category> cats = new ArrayList<>();
        List<ScoreScheme.Band> bands = new ArrayList<>();
        List<KeyValueFile.Entry> caps = new ArrayList<>();
        KeyValueFile.Entry correction = null;
        for (KeyValueFile.Entry e : KeyValueFile.parse(file, errors)) {
            String[] k = e.key().split("\\.");
            if (k.length == 2 && k[0].equals("等级上限")) {
                caps.add(e);
                continue;
            }
            if (e.key().equals("数据需更正.类别")) {
                correction = e;
                continue;
            }
            boolean category = k.length == 3 && k[0].equals("类别") && List.of("A", "B", "C", "D", "E").contains(k[1]);
            boolean band = k.length == 2 && k[0].equals("等级");
            if (!category && !band) {
                errors.add(new RuleError("error", file.path(), e.line(),
                    "无法识别“" + e.key() + "”：应为“类别.A.名称 = 满分”“等级.名称 = 最低分”“等级上限.有错误 = 等级”或“数据需更正.类别 = C”",
                    e.key() + " = " + e.value(), ""));
                continue;
            }
            Double v = number(e, file, errors);
            if (v == null) continue;
            if (category) cats.add(new ScoreScheme.Category(k[1], k[2], v));
            else bands.add(new ScoreScheme.Band(k[1], v));
        }
        if (cats.isEmpty() || bands.isEmpty()) {
            errors.add(new RuleError("error", file.path(), 0, "计分方案至少要有一个类别和一个等级", "", ""));
        }
        bands.sort(Comparator.comparingDouble(ScoreScheme.Band::min).reversed());
        List<String> grades = bands.stream().map(ScoreScheme.Band::grade).toList();
        Map<Severity, String> gradeCaps = new EnumMap<>(Severity.class);
        for (KeyValueFile.Entry e : caps) {
            Severity s = CAP_KEYS.get(e.key().substring("等级上限.".length()));
            if (s == null) {
                errors.add(new RuleError("error", file.path(), e.line(), "无法识别“" + e.key() + "”：等级上限应写作“等级上限.有错误”“等级上限.有警告”或“等级上限.有提示”",
                    e.key() + " = " + e.value(), ""));
            } else if (!grades.contains(e.value())) {
                errors.add(new RuleError("error", file.path(), e.line(), "“" + e.key() + "”的值“" + e.value() + "”不是本文件中的等级，应为 "
                    + String.join("、", grades) + " 之一", e.key() + " = " + e.value(), ""));
            } else {
                gradeCaps.put(s, e.value());
            }
        }
        Set<String> correctionCategories = new LinkedHashSet<>();
        if (correction != null) {
            List<String> known = cats.stream().map(ScoreScheme.Category::id).toList();
            for (String c : correction.value().split("[,，、\\s]+")) {
                if (c.isEmpty()) continue;
                if (known.contains(c)) {
                    correctionCategories.add(c);
                } else {
                    errors.add(new RuleError("error", file.path(), correction.line(), "“数据需更正.类别”中的“" + c + "”不是本文件中的类别，应为 "
                        + String.join("、", known) + " 中的一个或几个（用逗号分隔）", correction.key() + " = " + correction.value(), ""));
                }
            }
        }
        return new ScoreScheme(List.copyOf(cats), List.copyOf(bands), Map.copyOf(gradeCaps), java.util.Collections.unmodifiableSet(correctionCategories));
    }

    private static Double number(KeyValueFile.Entry e, RuleFile file, List<RuleError> errors) {
        try {
            return Double.parseDouble(e.value());
        } catch (NumberFormatException ex) {
            errors.add(new RuleError("error", file.path(), e.line(), "“" + e.key() + "”的值应为数字，现在是“" + e.value() + "”",
                e.key() + " = " + e.value(), ""));
            return null;
        }
    }
}
