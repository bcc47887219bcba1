package org.xxgkcheck.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.model.Problem;

/**
 * One line per checked file: what the CSV prints as each report is done, and what the spreadsheet and the HTML page
 * rank once the batch is over. Small, so a batch keeps only these lines in memory, never its results.
 *
 * @param index  the file's place in the batch, from 1 (the HTML page's section id)
 * @param top    the most serious findings, most serious first
 * @param reason why the file could not be read at all, or ""
 */
record Summary(int index, String file, String organ, String organType, Integer year, String template, Double score,
               String grade, String gradeText, boolean dataCorrection, int errors, int warnings, int infos,
               List<String> top, String reason) {

    /** Findings named in the 主要问题 column. */
    static final int TOP = 3;

    static final List<String> HEADER = List.of("文件", "机关", "机关类型", "年度", "表格格式", "得分", "等级", "数据需更正",
        "错误", "警告", "提示", "主要问题", "无法读取的原因");

    static Summary of(int index, CheckResult r) {
        boolean readable = r.readable() && r.score() != null;
        List<String> reasons = r.problems().stream().filter(Problem::fatal).map(Problem::message).toList();
        return new Summary(index, r.file(), nz(r.report() == null ? null : r.report().organ()),
            readable ? Words.organType(r.report().organType()) : "", readable ? r.report().year() : null,
            readable ? Words.template(r.report().template()) : "", readable ? r.score() : null,
            readable ? r.grade() : "无法读取", readable ? TextWriter.gradeText(r) : "无法读取",
            Boolean.TRUE.equals(r.dataCorrection()), r.summary().getOrDefault("error", 0), r.summary().getOrDefault("warning", 0),
            r.summary().getOrDefault("info", 0), top(r.findings()), String.join("；", reasons));
    }

    boolean readable() { return score != null; }

    /** The 主要问题 column: the top findings on one line. */
    String topText() { return String.join("；", top); }

    /** The row in {@link #HEADER} order: numbers as numbers, nothing as null. */
    List<Object> cells() {
        List<Object> c = new ArrayList<>();
        c.add(file);
        c.add(organ);
        c.add(organType);
        c.add(year);
        c.add(template);
        c.add(score);
        c.add(grade);
        c.add(readable() ? (dataCorrection ? "是" : "否") : "");
        c.add(readable() ? errors : null);
        c.add(readable() ? warnings : null);
        c.add(readable() ? infos : null);
        c.add(topText());
        c.add(reason);
        return c;
    }

    /** Most serious first: by severity, then by points, then in report order. */
    static List<String> top(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((Finding f) -> f.severityLevel() == null ? Severity.values().length : f.severityLevel().ordinal())
            .thenComparing(Comparator.comparingDouble(Finding::points).reversed()));
        List<String> out = new ArrayList<>();
        for (Finding f : sorted.subList(0, Math.min(TOP, sorted.size()))) {
            String m = f.message().endsWith("。") ? f.message().substring(0, f.message().length() - 1) : f.message();
            out.add("[" + Words.severity(f.severity()) + "] " + f.ruleId() + " " + m);
        }
        return out;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
