package org.xxgkcheck.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.findings.Finding;

/**
 * Several inputs sharing a base name (minimal.txt, minimal.pdf, …) are one report in several formats: besides
 * matching their shared expected file, they must give identical findings (rule, severity, part, table, row,
 * column, message). The place in the file is left out (each format counts lines, pages and lines, or paragraphs),
 * and so is the quote (a table row reads differently in each format).
 */
final class FormatParity {
    private FormatParity() {}

    static Map<String, FixtureSuite.Outcome> check(Map<String, FixtureSuite.Outcome> outcomes) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String name : outcomes.keySet()) groups.computeIfAbsent(base(name), k -> new ArrayList<>()).add(name);
        Map<String, FixtureSuite.Outcome> out = new LinkedHashMap<>(outcomes);
        for (List<String> group : groups.values()) {
            if (group.size() < 2) continue;
            String first = group.get(0);
            List<String> reference = signatures(outcomes.get(first));
            for (String other : group.subList(1, group.size())) {
                List<String> diffs = compare(reference, signatures(outcomes.get(other)), first);
                if (diffs.isEmpty()) continue;
                FixtureSuite.Outcome o = outcomes.get(other);
                List<String> all = new ArrayList<>(o.differences());
                all.addAll(diffs);
                out.put(other, new FixtureSuite.Outcome(o.fixture(), o.result(), all));
            }
        }
        return out;
    }

    private static List<String> compare(List<String> reference, List<String> actual, String referenceName) {
        List<String> missing = new ArrayList<>(reference);
        List<String> extra = new ArrayList<>();
        for (String s : actual) if (!missing.remove(s)) extra.add(s);
        List<String> diffs = new ArrayList<>();
        for (String s : missing) diffs.add("与 " + referenceName + " 的结果不一致，缺少：" + s);
        for (String s : extra) diffs.add("与 " + referenceName + " 的结果不一致，多出：" + s);
        return diffs;
    }

    static List<String> signatures(FixtureSuite.Outcome o) {
        List<String> out = new ArrayList<>();
        for (Finding f : o.result().findings()) out.add(FixtureExpectation.describe(f));
        return out;
    }

    /** "formats/minimal.pdf" → "formats/minimal". */
    static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
