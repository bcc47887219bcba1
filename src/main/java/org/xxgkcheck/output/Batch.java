package org.xxgkcheck.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;

/**
 * A batch as its results come, for the formats that rank and count (spreadsheet, HTML page): one {@link Summary}
 * per file and a count per rule, never the results themselves.
 */
final class Batch {
    private final List<Summary> files = new ArrayList<>();
    private final Map<String, RuleCount> rules = new LinkedHashMap<>();

    /** How often one rule fired in the batch. */
    static final class RuleCount {
        final String id;
        final String severity;
        final String title;
        final String basis;
        int findings;
        int reports;
        double points;

        RuleCount(Finding f) {
            id = f.ruleId();
            severity = f.severity();
            title = f.title();
            basis = f.basis();
        }
    }

    /** A file and its place in the ranking (null for a file that could not be read). */
    record Ranked(Integer rank, Summary summary) {}

    Summary add(CheckResult r) {
        Summary s = Summary.of(files.size() + 1, r);
        files.add(s);
        Set<String> seen = new HashSet<>();
        for (Finding f : r.findings()) {
            RuleCount c = rules.computeIfAbsent(f.ruleId(), id -> new RuleCount(f));
            c.findings++;
            c.points += f.points();
            if (seen.add(f.ruleId())) c.reports++;
        }
        return s;
    }

    int total() { return files.size(); }

    List<Summary> readable() { return files.stream().filter(Summary::readable).toList(); }

    /**
     * Highest score first (ties share a place: 1, 2, 2, 4), then by file; the files that could not be read follow,
     * unranked, in batch order.
     */
    List<Ranked> ranked() {
        List<Summary> scored = new ArrayList<>(readable());
        scored.sort(Comparator.comparingDouble((Summary s) -> -s.score()).thenComparing(Summary::file));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            boolean tie = i > 0 && scored.get(i).score().equals(scored.get(i - 1).score());
            out.add(new Ranked(tie ? out.get(i - 1).rank() : i + 1, scored.get(i)));
        }
        for (Summary s : files) if (!s.readable()) out.add(new Ranked(null, s));
        return out;
    }

    /** Rules by the number of reports they fired in, then by findings, then by id. */
    List<RuleCount> rules() {
        List<RuleCount> out = new ArrayList<>(rules.values());
        out.sort(Comparator.comparingInt((RuleCount c) -> -c.reports).thenComparingInt(c -> -c.findings).thenComparing(c -> c.id));
        return out;
    }

    /** The grades of evaluators.md §6, best first; a scoring.txt with other names gets them after these. */
    static final List<String> GRADES = List.of("优秀", "良好", "合格", "不合格");

    /** Reports per grade, every standard grade listed (0 when none), best first. */
    Map<String, Integer> grades() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String g : GRADES) out.put(g, 0);
        for (Summary s : readable()) out.merge(s.grade(), 1, Integer::sum);
        return out;
    }

    long dataCorrections() { return readable().stream().filter(Summary::dataCorrection).count(); }

    double mean() { return readable().stream().mapToDouble(Summary::score).average().orElse(0); }

    double median() {
        double[] s = readable().stream().mapToDouble(Summary::score).sorted().toArray();
        if (s.length == 0) return 0;
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
