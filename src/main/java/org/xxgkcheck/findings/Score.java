package org.xxgkcheck.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The graded 100-point score (evaluators.md §6): each finding deducts its rule's points, a rule deducts at most
 * its own cap (@maxPoints), a category at most its maximum; the total is the sum of the category scores. The
 * grade follows the bands, lowered to the cap of scoring.txt when a finding of (at least) a capped severity is present; an
 * error in one of the 数据需更正 categories sets that flag. The score itself is never changed by either.
 */
public final class Score {
    private Score() {}

    /** The score of one category as printed in results. */
    public record CategoryScore(String category, String name, double max, double score) {}

    /**
     * The grade was lowered: the score alone earns {@code gradeByScore}, but a finding of {@code severity} limits
     * the grade to the one printed.
     */
    public record GradeCap(String severity, String gradeByScore) {}

    public record Result(double total, String grade, boolean dataCorrection, GradeCap gradeCap,
                         List<CategoryScore> categories) {}

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
        String byScore = scheme.grade(total);
        String grade = byScore;
        Severity cappedBy = null;
        for (Severity s : Severity.values()) {
            String cap = scheme.gradeCaps().get(s);
            if (cap == null || findings.stream().noneMatch(f -> f.severityLevel() != null && f.severityLevel().atLeast(s))) continue;
            String lowered = scheme.lower(grade, cap);
            if (!lowered.equals(grade)) {
                grade = lowered;
                cappedBy = s;
            }
        }
        boolean correction = findings.stream().anyMatch(f -> f.severityLevel() == Severity.ERROR
            && weights.apply(f.ruleId()) != null
            && scheme.correctionCategories().contains(weights.apply(f.ruleId()).category()));
        return new Result(total, grade, correction, cappedBy == null ? null : new GradeCap(cappedBy.id(), byScore), cats);
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
