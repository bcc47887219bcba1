package org.xxgkcheck.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.WaivedFinding;
import org.xxgkcheck.findings.Waiver;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.LocationText;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.Tool;

/**
 * SARIF 2.1.0 built from the whole list of results at once, as a reference for the streaming writer: one run, the
 * rules that fired, one result per finding (waived ones with a suppression), reading problems as execution
 * notifications, stale waivers as configuration notifications. Built from plain maps, no SARIF object model.
 */
final class LegacySarifWriter {
    private LegacySarifWriter() {}

    private static final Set<String> LINE_FORMATS = Set.of("txt", "md", "html", "htm");

    static void write(List<CheckResult> results, List<WaiverLedger.Status> waivers, PrintStream out) {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        List<Object> sarifResults = new ArrayList<>();
        List<Object> notifications = new ArrayList<>();
        List<Object> grades = new ArrayList<>();
        boolean successful = true;
        for (CheckResult r : results) {
            if (r.score() != null) grades.add(grade(r));
            for (Finding f : r.findings()) {
                rules.computeIfAbsent(f.ruleId(), id -> rule(f));
                sarifResults.add(result(r, f, null));
            }
            for (WaivedFinding w : r.waived()) {
                rules.computeIfAbsent(w.finding().ruleId(), id -> rule(w.finding()));
                sarifResults.add(result(r, w.finding(), w.waiver()));
            }
            for (Problem p : r.problems()) {
                if (p.fatal() || p.kind().equals("rule")) successful = false;
                notifications.add(obj("level", p.fatal() || p.kind().equals("rule") ? "error" : "warning",
                    "message", Map.of("text", p.fatal() ? "无法读取：" + p.message() : located(p.location(), p.message())),
                    "locations", List.of(location(r, p.location())), "properties", Map.of("kind", p.kind())));
            }
        }
        List<Object> configuration = new ArrayList<>();
        for (WaiverLedger.Status w : waivers) {
            if (w.status().equals("applied")) continue;
            configuration.add(SarifWriter.configurationNotification(SarifWriter.staleWaiver(w)));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", Tool.NAME);
        driver.put("version", Tool.VERSION);
        driver.put("informationUri", Tool.INFORMATION_URI);
        driver.put("rules", new ArrayList<>(rules.values()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("language", "zh-CN");
        run.put("invocations", List.of(obj("executionSuccessful", successful, "toolExecutionNotifications", notifications,
            "toolConfigurationNotifications", configuration)));
        run.put("results", sarifResults);
        run.put("properties", Map.of("reports", grades));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        LegacyJsonWriter.print(doc, out);
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

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

    private static Map<String, Object> result(CheckResult r, Finding f, Waiver waiver) {
        Location l = f.location();
        Map<String, Object> location = location(r, l);
        location.put("logicalLocations", List.of(Map.of("name", LocationText.place(l), "kind", "element",
            "fullyQualifiedName", String.join("/", parts(l)))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("level", level(f.severity()));
        m.put("message", Map.of("text", located(l, f.message())));
        m.put("locations", List.of(location));
        if (waiver != null) {
            m.put("suppressions", List.of(obj("kind", "external", "status", "accepted", "justification", waiver.reason(),
                "properties", obj("waiver", waiver.source(), "approver", waiver.approver(),
                    "expires", waiver.expires() == null ? null : waiver.expires().toString()))));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("points", f.points());
        if (f.evidence() != null && !f.evidence().isEmpty()) props.put("evidence", f.evidence());
        m.put("properties", props);
        return m;
    }

    private static Map<String, Object> location(CheckResult r, Location l) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", SarifWriter.uri(r.file())));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        if (l == null) return location;
        if (LINE_FORMATS.contains(r.report().format()) && l.line() != null) {
            physical.put("region", obj("startLine", l.line(), "snippet", l.quote() == null ? null : Map.of("text", l.quote())));
        } else if (!LocationText.position(l).isEmpty()) {
            physical.put("properties", obj("page", l.page(), "line", l.line(), "paragraph", l.paragraph()));
            if (l.quote() != null) location.put("message", Map.of("text", LocationText.position(l) + "：" + LocationText.quote(l)));
        }
        return location;
    }

    private static String located(Location l, String message) {
        if (l == null) return message;
        String place = LocationText.place(l);
        return place.equals("全文") ? message : place + "：" + message;
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
