package org.xxgkcheck.findings;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 100-point scheme of evaluators.md §6, read from rules/scoring.txt: categories A–E with the most points a
 * report can lose in each, the grade bands, the highest grade a report with a finding of some severity may get,
 * and the score categories in which an error sets the 数据需更正 flag.
 */
public record ScoreScheme(List<Category> categories, List<Band> bands, Map<Severity, String> gradeCaps,
                          Set<String> correctionCategories) {

    public record Category(String id, String name, double max) {}

    /** A grade and the lowest score that earns it. */
    public record Band(String grade, double min) {}

    public ScoreScheme(List<Category> categories, List<Band> bands) {
        this(categories, bands, Map.of(), Set.of());
    }

    public Category category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    public Band band(String grade) {
        return bands.stream().filter(b -> b.grade().equals(grade)).findFirst().orElse(null);
    }

    public String grade(double score) {
        return bands.stream().filter(b -> score >= b.min()).map(Band::grade).findFirst()
            .orElse(bands.isEmpty() ? "" : bands.get(bands.size() - 1).grade());
    }

    /** The lower of two grades (the one whose band starts lower); an unknown grade never lowers the other. */
    public String lower(String a, String b) {
        Band ba = band(a);
        Band bb = band(b);
        if (ba == null) return b;
        if (bb == null) return a;
        return bb.min() < ba.min() ? b : a;
    }
}
