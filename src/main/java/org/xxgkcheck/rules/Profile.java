package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Severity;

/**
 * A named selection of rules with severity and points overrides, kept as data in rules/profiles/NAME.txt
 * (a strict pre-publication gate, a full inspection). Chosen with --profile NAME.
 */
public record Profile(String id, String name, String description, List<String> include, List<String> exclude,
                      Map<String, String> severities, Map<String, Double> points) {

    public boolean selects(String ruleId) {
        Predicate<String> match = p -> p.equals("*") || p.equals(ruleId) || (p.endsWith("*") && ruleId.startsWith(p.substring(0, p.length() - 1)));
        return include.stream().anyMatch(match) && exclude.stream().noneMatch(match);
    }

    /** The findings this profile keeps, with its severities and points. */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!selects(f.ruleId())) continue;
            out.add(f.withWeight(severities.getOrDefault(f.ruleId(), f.severity()), points.getOrDefault(f.ruleId(), f.points())));
        }
        return out;
    }

    /** Reads rules/profiles/ID.txt; errors name the file and line. */
    static Profile read(String id, RuleFile file, java.util.Set<String> ruleIds, List<RuleError> errors) {
        String name = id;
        String description = "";
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        Map<String, String> severities = new LinkedHashMap<>();
        Map<String, Double> points = new LinkedHashMap<>();
        for (KeyValueFile.Entry e : KeyValueFile.parse(file, errors)) {
            String k = e.key();
            if (k.equals("名称")) name = e.value();
            else if (k.equals("说明")) description = e.value();
            else if (k.equals("规则") || k.equals("排除")) {
                for (String p : e.value().split("[,，、\\s]+")) {
                    if (p.isBlank()) continue;
                    if (!p.endsWith("*") && !ruleIds.contains(p)) unknown(file, e, p, errors);
                    (k.equals("规则") ? include : exclude).add(p);
                }
            } else if (k.startsWith("级别.")) {
                String rule = k.substring(3);
                if (!ruleIds.contains(rule)) unknown(file, e, rule, errors);
                Severity s = Severity.parse(e.value());
                if (s == null) {
                    errors.add(new RuleError("error", file.path(), e.line(), "级别只能是 错误、警告、提示（或 error、warning、info），不能是“"
                        + e.value() + "”", k + " = " + e.value(), ""));
                } else {
                    severities.put(rule, s.id());
                }
            } else if (k.startsWith("扣分.")) {
                String rule = k.substring(3);
                if (!ruleIds.contains(rule)) unknown(file, e, rule, errors);
                try {
                    points.put(rule, Double.parseDouble(e.value()));
                } catch (NumberFormatException ex) {
                    errors.add(new RuleError("error", file.path(), e.line(), "扣分应为数字，不能是“" + e.value() + "”", k + " = " + e.value(), ""));
                }
            } else {
                errors.add(new RuleError("error", file.path(), e.line(), "无法识别“" + k + "”：可用的项为 名称、说明、规则、排除、级别.编号、扣分.编号", k + " = " + e.value(), ""));
            }
        }
        if (include.isEmpty()) errors.add(new RuleError("error", file.path(), 0, "方案没有“规则 = …”一行，不会选中任何规则（全部规则写“规则 = *”）", "", ""));
        return new Profile(id, name, description, include, exclude, severities, points);
    }

    private static void unknown(RuleFile file, KeyValueFile.Entry e, String rule, List<RuleError> errors) {
        errors.add(new RuleError("error", file.path(), e.line(), "没有编号为 " + rule + " 的规则", e.key() + " = " + e.value(), ""));
    }
}
