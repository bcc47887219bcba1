package org.xxgkcheck.authoring;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Problem;

/**
 * `rules test --accept`: rewrites a failing fixture's expected file to what the rules now find, after a rule
 * change that is meant to change the findings. Expected findings that still match keep their JSON as written
 * (with their messageContains and evidence); the others are dropped; each unexpected finding is added with its
 * rule, severity and place. In the object form, "problems", "grade", "dataCorrection" and "report" are brought up
 * to date when present; "rules", "ok" and "previous" are kept (a rule listed in "ok" that now fires stays a
 * failure: that needs a person to decide).
 */
public final class FixtureAccept {
    private FixtureAccept() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rewritten expected file, and how many expected findings were added and removed. */
    public record Rewrite(Path file, String text, int added, int removed) {}

    /** The new content of the case's expected file; null when the case has no file on disk (bundled fixtures). */
    public static Rewrite rewrite(FixtureSuite.Case c, CheckResult result) throws IOException {
        if (c.file() == null) return null;
        String name = c.file().getFileName().toString();
        Path file = c.file().resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        JsonNode old = c.expected() == null ? JSON.createArrayNode() : JSON.readTree(c.expected());
        Set<String> scope = new HashSet<>();
        for (JsonNode id : old.path("rules")) scope.add(id.asText());
        List<Finding> left = new ArrayList<>(result.findings().stream().filter(f -> scope.isEmpty() || scope.contains(f.ruleId())).toList());
        ArrayNode findings = JSON.createArrayNode();
        int removed = 0;
        for (JsonNode e : old.isArray() ? old : old.path("findings")) {
            Finding match = left.stream().filter(f -> FixtureExpectation.matches(e, f)).findFirst().orElse(null);
            if (match == null) {
                removed++;
            } else {
                left.remove(match);
                findings.add(e);
            }
        }
        for (Finding f : left) findings.add(node(f));
        JsonNode updated = old.isObject() ? object((ObjectNode) old.deepCopy(), findings, result) : findings;
        return new Rewrite(file, printer().writeValueAsString(updated) + "\n", left.size(), removed);
    }

    /** Writes the rewrite to its file. */
    public static void write(Rewrite r) throws IOException {
        Files.writeString(r.file(), r.text(), StandardCharsets.UTF_8);
    }

    private static ObjectNode object(ObjectNode o, ArrayNode findings, CheckResult result) {
        o.set("findings", findings);
        if (o.has("problems")) {
            ArrayNode problems = JSON.createArrayNode();
            for (Problem p : result.problems()) problems.add(JSON.createObjectNode().put("kind", p.kind()).put("messageContains", p.message()));
            o.set("problems", problems);
        }
        if (o.has("grade")) o.put("grade", result.grade());
        if (o.has("dataCorrection")) o.put("dataCorrection", Boolean.TRUE.equals(result.dataCorrection()));
        if (o.path("report").isObject()) {
            ObjectNode report = (ObjectNode) o.get("report");
            List<String> keys = new ArrayList<>();
            report.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                Object v = switch (k) {
                    case "title" -> result.report().title();
                    case "organ" -> result.report().organ();
                    case "organType" -> result.report().organType();
                    case "year" -> result.report().year();
                    case "template" -> result.report().template();
                    case "format" -> result.report().format();
                    default -> null;
                };
                if (v instanceof Integer i) report.put(k, i);
                else if (v != null) report.put(k, v.toString());
            }
        }
        return o;
    }

    private static ObjectNode node(Finding f) {
        ObjectNode n = JSON.createObjectNode().put("ruleId", f.ruleId()).put("severity", f.severity());
        Location l = f.location();
        ObjectNode loc = JSON.createObjectNode();
        if (l.part() != null) loc.put("part", l.part());
        if (l.table() != null) loc.put("table", l.table());
        if (l.row() != null) loc.put("row", l.row());
        if (l.column() != null) loc.put("column", l.column());
        if (!loc.isEmpty()) n.set("location", loc);
        return n;
    }

    /** Two-space indentation and "key": value, as the fixtures are written. */
    private static com.fasterxml.jackson.databind.ObjectWriter printer() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        p.indentArraysWith(lines);
        p.indentObjectsWith(lines);
        return JSON.writer(p);
    }
}
