package org.xxgkcheck.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The graded 100-point score (evaluators.md §6): each finding deducts its rule's points, a rule deducts at most
 * its own cap (@maxPoints), a category at most its maximum; the total is the sum of the category scores.
 */
public final class Score {
    private Score() {}

    /** The score of one category as printed in results. */
    public record CategoryScore(String category, String name, double max, double score) {}

    public record Result(double total, String grade, List<CategoryScore> categories) {}

    /** How a rule counts: its score category and cap. */
    public record RuleWeight(String category, Double maxPoints) {}

    public static Result of(List<Finding> findings, ScoreScheme scheme, Function<String, RuleWeight> weights) {
        Map<String, Double> lostByRule = new LinkedHashMap<>();
        for (Finding f : findings) lostByRule.merge(f.ruleId(), f.points(), Double::sum);
        Map<String, Double> lostByCategory = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : lostByRule.entrySet()) {
            RuleWeight w = weights.apply(e.getKey());
            if (w == null) continue;
            double lost = w.maxPoints() == null ? e.getValue() : Math.min(w.maxPoints(), e.getValue());
            lostByCategory.merge(w.category(), lost, Double::sum);
        }
        List<CategoryScore> cats = new ArrayList<>();
        double total = 0;
        for (ScoreScheme.Category c : scheme.categories()) {
            double score = round(Math.max(0, c.max() - lostByCategory.getOrDefault(c.id(), 0.0)));
            cats.add(new CategoryScore(c.id(), c.name(), c.max(), score));
            total += score;
        }
        total = round(total);
        return new Result(total, scheme.grade(total), cats);
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
