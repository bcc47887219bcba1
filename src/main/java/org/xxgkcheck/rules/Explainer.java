package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.Match;
import org.xxgkcheck.facts.Setting;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.findings.Explanation;
import org.xxgkcheck.model.Places;

/**
 * Builds the --explain view of a finding from the rule's match: the facts it matched, its formulas and counts with
 * the bound numbers filled in and written in Chinese ($new + $in != $res + $out → 5 + 2 ≠ 5 + 1，即 7 ≠ 6), and
 * what it looked for and did not find (ConditionText).
 */
final class Explainer {
    private Explainer() {}

    static Explanation explain(RuleInfo info, Match match, Object where, Places places,
                               org.xxgkcheck.template.TemplateBook templates) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            values.put(id.startsWith("$") ? id.substring(1) : id, match.getDeclarationValue(id));
        }
        List<Object> matched = matched(match);
        List<String> facts = new ArrayList<>();
        for (Object o : matched) {
            if (o instanceof Term || o instanceof Setting) continue;
            String d = FactText.describe(o, places);
            if (!facts.contains(d)) facts.add(d);
        }
        for (Object o : matched) {
            if (o instanceof Setting s) facts.add(FactText.describe(s, places));
        }
        if (match.getObjects().isEmpty() && where != null) facts.add(FactText.describe(where, places));
        ConditionText text = new ConditionText(values, templates);
        List<String> formula = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String c : ConditionText.conditions(info.when())) {
            if (c.startsWith("not ") || c.startsWith("not(")) notFound.add(text.absent(c));
            else if (c.startsWith("eval")) formula.add(text.formula(c));
            else if (c.contains("accumulate")) formula.add(text.accumulate(c.substring(c.indexOf("accumulate"))));
        }
        return new Explanation(info.requirement(), facts, formula, notFound);
    }

    /**
     * The match's objects, an accumulate of several functions taken apart: it matches as one array of its results,
     * of which the numbers are shown and the collected lists (cells to highlight) are not.
     */
    private static List<Object> matched(Match match) {
        List<Object> out = new ArrayList<>();
        for (Object o : match.getObjects()) {
            if (!(o instanceof Object[] results)) {
                out.add(o);
                continue;
            }
            for (Object r : results) if (!(r instanceof java.util.Collection)) out.add(r);
        }
        return out;
    }

}
