package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.xxgkcheck.facts.Setting;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.findings.ScoreScheme;
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

    /** 类别.A.时效与发布 = 10 … and 等级.优秀 = 90 … */
    private static ScoreScheme scheme(RuleFile file, List<RuleError> errors) {
        List<ScoreScheme.Category> cats = new ArrayList<>();
        List<ScoreScheme.Band> bands = new ArrayList<>();
        for (KeyValueFile.Entry e : KeyValueFile.parse(file, errors)) {
            String[] k = e.key().split("\\.");
            Double v = number(e, file, errors);
            if (v == null) continue;
            if (k.length == 3 && k[0].equals("类别") && List.of("A", "B", "C", "D", "E").contains(k[1])) {
                cats.add(new ScoreScheme.Category(k[1], k[2], v));
            } else if (k.length == 2 && k[0].equals("等级")) {
                bands.add(new ScoreScheme.Band(k[1], v));
            } else {
                errors.add(new RuleError("error", file.path(), e.line(),
                    "无法识别“" + e.key() + "”：应为“类别.A.名称 = 满分”或“等级.名称 = 最低分”", e.key() + " = " + e.value(), ""));
            }
        }
        if (cats.isEmpty() || bands.isEmpty()) {
            errors.add(new RuleError("error", file.path(), 0, "计分方案至少要有一个类别和一个等级", "", ""));
        }
        bands.sort(Comparator.comparingDouble(ScoreScheme.Band::min).reversed());
        return new ScoreScheme(List.copyOf(cats), List.copyOf(bands));
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
