package org.xxgkcheck.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Problem;

/**
 * Compares a result with an expectation: a list of partial findings (ruleId, and any of severity, location
 * fields, messageContains, evidence), or an object {"report": {...}, "rules": [...], "ok": [...], "findings": [...],
 * "problems": [...], "grade": "良好", "dataCorrection": true}. Every expected finding must match a distinct actual one and no other finding (of the
 * "rules" in scope, when given) may appear; rules listed in "ok" must not fire at all. Order is ignored.
 */
public final class FixtureExpectation {
    private FixtureExpectation() {}

    /** The differences between an expected file's text and a result (used after --accept rewrote the file). */
    public static List<String> compareText(String expected, CheckResult result) throws java.io.IOException {
        return compare(new com.fasterxml.jackson.databind.ObjectMapper().readTree(expected), result);
    }

    static List<String> compare(JsonNode expected, CheckResult result) {
        List<String> diffs = new ArrayList<>();
        JsonNode findings = expected.isArray() ? expected : expected.path("findings");
        if (expected.isObject()) {
            compareReport(expected.path("report"), result, diffs);
            if (expected.has("problems")) compareProblems(expected.get("problems"), result.problems(), diffs);
            // "grade" and "dataCorrection": the graded outcome under the rule set's scoring.txt, when a fixture pins it.
            if (expected.has("grade") && !expected.get("grade").asText().equals(result.grade())) {
                diffs.add("等级：预期“" + expected.get("grade").asText() + "”，实际“" + result.grade() + "”（" + result.score() + " 分）");
            }
            if (expected.has("dataCorrection") && expected.get("dataCorrection").asBoolean() != Boolean.TRUE.equals(result.dataCorrection())) {
                diffs.add("数据需更正：预期 " + expected.get("dataCorrection").asBoolean() + "，实际 " + result.dataCorrection());
            }
        }
        if (!expected.has("problems")) {
            for (Problem p : result.problems()) if (p.fatal() || p.kind().equals("rule")) diffs.add("意外的问题：" + p.message());
        }
        // "rules": a fixture aimed at some rules compares only their findings (others may fire on the base report).
        java.util.Set<String> scope = new java.util.HashSet<>();
        for (JsonNode id : expected.path("rules")) scope.add(id.asText());
        List<Finding> left = new ArrayList<>(result.findings().stream()
            .filter(f -> scope.isEmpty() || scope.contains(f.ruleId())).toList());
        if (findings.isArray()) {
            for (JsonNode e : findings) {
                Finding match = left.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
                if (match == null) diffs.add("缺少预期的发现：" + describeExpected(e));
                else left.remove(match);
            }
        }
        for (Finding f : left) diffs.add("多出的发现：" + describe(f));
        // "ok": rules this fixture is a near case for; none of them may fire (documents intent, like Semgrep's ok:).
        for (JsonNode id : expected.path("ok")) {
            result.findings().stream().filter(f -> f.ruleId().equals(id.asText())).findFirst()
                .ifPresent(f -> diffs.add("标为 ok 的规则触发了：" + describe(f)));
        }
        return diffs;
    }

    private static void compareReport(JsonNode report, CheckResult result, List<String> diffs) {
        Iterator<Map.Entry<String, JsonNode>> it = report.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Object actual = switch (e.getKey()) {
                case "title" -> result.report().title();
                case "organ" -> result.report().organ();
                case "organType" -> result.report().organType();
                case "year" -> result.report().year();
                case "template" -> result.report().template();
                case "format" -> result.report().format();
                default -> "（未知字段 " + e.getKey() + "）";
            };
            String want = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
            if (!want.equals(String.valueOf(actual))) diffs.add("报告信息 " + e.getKey() + " 应为 " + want + "，实际为 " + actual);
        }
    }

    private static void compareProblems(JsonNode expected, List<Problem> actual, List<String> diffs) {
        List<Problem> left = new ArrayList<>(actual);
        for (JsonNode e : expected) {
            Problem match = left.stream().filter(p -> (!e.has("kind") || e.get("kind").asText().equals(p.kind()))
                && (!e.has("messageContains") || p.message().contains(e.get("messageContains").asText())))
                .findFirst().orElse(null);
            if (match == null) diffs.add("缺少预期的问题：" + e);
            else left.remove(match);
        }
        for (Problem p : left) diffs.add("多出的问题：" + p.kind() + " " + p.message());
    }

    static boolean matches(JsonNode e, Finding f) {
        if (!e.path("ruleId").asText().equals(f.ruleId())) return false;
        if (e.has("severity") && !e.get("severity").asText().equals(f.severity())) return false;
        if (e.has("messageContains") && !f.message().contains(e.get("messageContains").asText())) return false;
        JsonNode loc = e.path("location");
        Location l = f.location();
        if (loc.has("part") && (l.part() == null || loc.get("part").asInt() != l.part())) return false;
        if (loc.has("line") && (l.line() == null || loc.get("line").asInt() != l.line())) return false;
        if (loc.has("page") && (l.page() == null || loc.get("page").asInt() != l.page())) return false;
        if (loc.has("paragraph") && (l.paragraph() == null || loc.get("paragraph").asInt() != l.paragraph())) return false;
        if (loc.has("table") && !loc.get("table").asText().equals(l.table())) return false;
        if (loc.has("row") && !loc.get("row").asText().equals(l.row())) return false;
        if (loc.has("column") && !loc.get("column").asText().equals(l.column())) return false;
        JsonNode ev = e.path("evidence");
        Iterator<Map.Entry<String, JsonNode>> it = ev.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> x = it.next();
            Object a = f.evidence() == null ? null : f.evidence().get(x.getKey());
            if (a == null || !x.getValue().asText().equals(String.valueOf(a))) return false;
        }
        return true;
    }

    /** An expected finding as the author wrote it, in the words of describe(Finding). */
    static String describeExpected(JsonNode e) {
        List<String> parts = new ArrayList<>();
        org.xxgkcheck.findings.Severity s = org.xxgkcheck.findings.Severity.parse(e.path("severity").asText(null));
        if (s != null) parts.add(s.chinese());
        JsonNode loc = e.path("location");
        if (loc.has("part")) parts.add("第 " + loc.get("part").asInt() + " 部分");
        if (loc.has("table")) parts.add(loc.get("table").asText() + (loc.has("row") ? " " + loc.get("row").asText() : "")
            + (loc.has("column") ? " " + loc.get("column").asText() : ""));
        if (loc.has("line")) parts.add("第 " + loc.get("line").asInt() + " 行");
        if (e.has("messageContains")) parts.add("说明含“" + e.get("messageContains").asText() + "”");
        JsonNode ev = e.path("evidence");
        if (ev.has("left") || ev.has("right")) parts.add("两边 " + ev.path("left").asText("?") + " 与 " + ev.path("right").asText("?"));
        return e.path("ruleId").asText() + (parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）");
    }

    static String describe(Finding f) {
        Location l = f.location();
        org.xxgkcheck.findings.Severity s = f.severityLevel();
        return f.ruleId() + "（" + (s == null ? f.severity() : s.chinese())
            + (l.part() == null ? "" : "，第 " + l.part() + " 部分")
            + (l.table() == null ? "" : "，" + l.table() + (l.row() == null ? "" : " " + l.row()) + (l.column() == null ? "" : " " + l.column()))
            + "）：" + f.message();
    }
}
