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
 * Builds the --explain view of a finding from the rule's match: the facts it matched, its `when` conditions
 * with the bound numbers filled in ($new + $in != $res + $out → 5 + 2 != 5 + 1), and its `not` patterns.
 */
final class Explainer {
    private Explainer() {}

    /** A variable used, possibly with a getter ("$s.getValue()"); "$x : field" declares and is left as it is. */
    private static final Pattern USE = Pattern.compile("\\$(\\w+)(?:\\.((?:get|is)\\w+)\\(\\))?(?!\\w|\\s*:\\s*[A-Za-z_(])");

    static Explanation explain(RuleInfo info, Match match, Object where, Places places) {
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
        List<String> formula = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String line : info.when().split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            Filled filled = fill(t, values);
            if (t.startsWith("not ")) notFound.add(filled.text().substring(4).strip());
            else if (filled.numbers() || t.startsWith("eval(") || t.contains("accumulate")) formula.add(filled.text());
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

    /** A condition with the matched values filled in; numbers = a number was filled in (a formula, not a join). */
    private record Filled(String text, boolean numbers) {}

    private static Filled fill(String line, Map<String, Object> values) {
        Matcher m = USE.matcher(line);
        StringBuilder sb = new StringBuilder();
        boolean numbers = false;
        while (m.find()) {
            Object v = values.get(m.group(1));
            if (v != null && m.group(2) != null) v = getter(v, m.group(2));
            String text = v == null ? null : FactText.value(v);
            numbers |= v instanceof Number;
            m.appendReplacement(sb, Matcher.quoteReplacement(text == null ? m.group() : text));
        }
        m.appendTail(sb);
        return new Filled(sb.toString(), numbers);
    }

    /** Calls a getter of a matched fact, so "$s.getValue()" reads as its number. */
    private static Object getter(Object fact, String method) {
        try {
            return fact.getClass().getMethod(method).invoke(fact);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
