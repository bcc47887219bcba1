package org.xxgkcheck.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.Tool;

/**
 * SARIF 2.1.0 for code-review and CI tools: one run, the rules that fired, one result per finding with the file
 * (and line, for formats counted in lines) and the report place as a logical location; reading problems are
 * tool notifications. Built from plain maps, no SARIF object model.
 */
final class LegacySarifWriter {
    private LegacySarifWriter() {}

    /** Formats whose line numbers are lines of the file (PDF and DOCX count pages and paragraphs). */
    private static final Set<String> LINE_FORMATS = Set.of("txt", "md", "html", "htm");

    static void write(List<CheckResult> results, PrintStream out) {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        List<Object> sarifResults = new ArrayList<>();
        List<Object> notifications = new ArrayList<>();
        List<Object> grades = new ArrayList<>();
        for (CheckResult r : results) {
            if (r.score() != null) grades.add(grade(r));
            for (Finding f : r.findings()) {
                rules.computeIfAbsent(f.ruleId(), id -> rule(f));
                sarifResults.add(result(r, f));
            }
            for (Problem p : r.problems()) {
                notifications.add(Map.of("level", p.fatal() ? "error" : "warning", "message", Map.of("text", p.message()),
                    "locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", Map.of("uri", r.file()))))));
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", Tool.NAME);
        driver.put("version", Tool.VERSION);
        driver.put("rules", new ArrayList<>(rules.values()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(Map.of("executionSuccessful", true, "toolExecutionNotifications", notifications)));
        run.put("results", sarifResults);
        run.put("properties", Map.of("reports", grades));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        LegacyJsonWriter.print(doc, out);
    }

    /** Score and grade of one report, with the 数据需更正 flag, in the run's property bag (SARIF has no place for them). */
    private static Map<String, Object> grade(CheckResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("score", r.score());
        m.put("grade", r.grade());
        m.put("dataCorrection", r.dataCorrection());
        if (r.gradeCap() != null) m.put("gradeCap", Map.of("severity", r.gradeCap().severity(), "gradeByScore", r.gradeCap().gradeByScore()));
        m.put("gradeText", LegacyTextWriter.gradeText(r));
        return m;
    }

    private static Map<String, Object> rule(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.ruleId());
        m.put("shortDescription", Map.of("text", f.title()));
        m.put("defaultConfiguration", Map.of("level", level(f.severity())));
        m.put("properties", Map.of("category", f.category(), "basis", f.basis()));
        return m;
    }

    private static Map<String, Object> result(CheckResult r, Finding f) {
        Location l = f.location();
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", r.file()));
        if (l.line() != null && LINE_FORMATS.contains(r.report().format())) physical.put("region", Map.of("startLine", l.line()));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        location.put("logicalLocations", List.of(Map.of("name", LegacyTextWriter.place(l), "kind", "element",
            "fullyQualifiedName", String.join("/", parts(l)))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("level", level(f.severity()));
        m.put("message", Map.of("text", f.message()));
        m.put("locations", List.of(location));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("points", f.points());
        if (f.evidence() != null && !f.evidence().isEmpty()) props.put("evidence", f.evidence());
        m.put("properties", props);
        return m;
    }

    private static List<String> parts(Location l) {
        List<String> p = new ArrayList<>();
        if (l.part() != null) p.add("part" + l.part());
        if (l.table() != null) p.add(l.table());
        if (l.row() != null) p.add(l.row());
        if (l.column() != null) p.add(l.column());
        if (p.isEmpty()) p.add("report");
        return p;
    }

    private static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }
}
