package org.xxgkcheck.findings;

import java.util.List;

/**
 * The 100-point scheme of evaluators.md §6, read from rules/scoring.txt: categories A–E with the most points a
 * report can lose in each, and the grade bands.
 */
public record ScoreScheme(List<Category> categories, List<Band> bands) {

    public record Category(String id, String name, double max) {}

    /** A grade and the lowest score that earns it. */
    public record Band(String grade, double min) {}

    public Category category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    public String grade(double score) {
        return bands.stream().filter(b -> score >= b.min()).map(Band::grade).findFirst()
            .orElse(bands.isEmpty() ? "" : bands.get(bands.size() - 1).grade());
    }
}
