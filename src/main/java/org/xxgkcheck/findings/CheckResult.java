package org.xxgkcheck.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;

/**
 * The result of checking one file: metadata, score, grade (with the 数据需更正 flag and, when a finding lowered the
 * grade, what the score alone would earn), findings in report order, and reading problems.
 */
@JsonPropertyOrder({"file", "report", "score", "grade", "dataCorrection", "gradeCap", "scoreByCategory", "summary", "findings", "waived", "problems"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CheckResult(String file, ReportInfo report, Double score, String grade, Boolean dataCorrection,
                         Score.GradeCap gradeCap,
                         List<Score.CategoryScore> scoreByCategory, Map<String, Integer> summary,
                         List<Finding> findings,
                         @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                         List<WaivedFinding> waived,
                         List<Problem> problems,
                         @com.fasterxml.jackson.annotation.JsonIgnore Snapshot snapshot) {

    /** A result without the tables and passages only the HTML page draws. */
    public CheckResult(String file, ReportInfo report, Double score, String grade, Boolean dataCorrection,
                       Score.GradeCap gradeCap, List<Score.CategoryScore> scoreByCategory, Map<String, Integer> summary,
                       List<Finding> findings, List<WaivedFinding> waived, List<Problem> problems) {
        this(file, report, score, grade, dataCorrection, gradeCap, scoreByCategory, summary, findings, waived, problems, Snapshot.NONE);
    }

    /** A file that could not be read as a report at all: no score, only problems. */
    public static CheckResult unreadable(String file, String format, List<Problem> problems) {
        return new CheckResult(file, new ReportInfo(null, null, null, null, null, format), null, null, null, null,
                List.of(), summarize(List.of()), List.of(), List.of(), problems);
    }

    public static Map<String, Integer> summarize(List<Finding> findings) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Severity s : Severity.values()) m.put(s.id(), 0);
        for (Finding f : findings) m.merge(f.severity(), 1, Integer::sum);
        return m;
    }

    public boolean readable() { return problems.stream().noneMatch(Problem::fatal); }

    /** True when some finding is at or above the threshold (null threshold: never). */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream()
            .anyMatch(f -> f.severityLevel() != null && f.severityLevel().atLeast(threshold));
    }
}
