package org.xxgkcheck.findings;

import java.util.List;

/** The 100-point score: 100 minus the points of every finding, floored at 0, and its grade band. */
public final class Score {
    private Score() {}

    public static double of(List<Finding> findings) {
        double lost = findings.stream().mapToDouble(Finding::points).sum();
        return Math.max(0, Math.round((100 - lost) * 10) / 10.0);
    }

    /** CONTRACT.md: 优秀 ≥ 90, 良好 70–89, 合格 60–69, 不合格 < 60. */
    public static String grade(double score) {
        if (score >= 90) return "优秀";
        if (score >= 70) return "良好";
        if (score >= 60) return "合格";
        return "不合格";
    }
}
