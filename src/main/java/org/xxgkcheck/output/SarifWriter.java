package org.xxgkcheck.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.Tool;

/**
 * SARIF 2.1.0 for code-review and CI tools: one run, the rules that fired, one result per finding with the file
 * (and line, for formats counted in lines) and the report place as a logical location; reading problems are
 * tool notifications. Built from plain maps with a fixed key order, no SARIF object model.
 *
 * <p>The document lists the rules that fired before the results, so it can only be printed once the batch is done.
 * Until then only the rules (at most the rule catalogue) stay in memory; the notifications, results and grades are
 * serialised as each report comes into spools, indented as they will stand in the document, and copied into it at
 * the end.
 */
final class SarifWriter implements ResultWriter {

    /** Formats whose line numbers are lines of the file (PDF and DOCX count pages and paragraphs). */
    private static final Set<String> LINE_FORMATS = Set.of("txt", "md", "html", "htm");

    private final Writer out;
    private final Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    /** Depths: the number of objects around each array (document, run, and the invocation or property bag). */
    private final Section notifications = new Section(3);
    private final Section results = new Section(2);
    private final Section grades = new Section(3);

    SarifWriter(Writer out) { this.out = out; }

    @Override
    public void begin() throws IOException {
        notifications.begin();
        results.begin();
        grades.begin();
    }

    @Override
    public void result(CheckResult r) throws IOException {
        if (r.score() != null) grades.add(grade(r));
        for (Finding f : r.findings()) {
            rules.computeIfAbsent(f.ruleId(), id -> rule(f));
            results.add(result(r, f));
        }
        for (Problem p : r.problems()) {
            notifications.add(obj("level", p.fatal() ? "error" : "warning", "message", Map.of("text", p.message()),
                "locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", Map.of("uri", r.file()))))));
        }
    }

    @Override
    public void end(List<WaiverLedger.Status> waivers) throws IOException {
        JsonGenerator g = JsonWriter.generator(JsonWriter.INDENTED, out);
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", Tool.NAME);
        g.writeStringField("version", Tool.VERSION);
        g.writeFieldName("rules");
        JsonWriter.INDENTED.writeValue(g, new ArrayList<>(rules.values()));
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeFieldName("toolExecutionNotifications");
        notifications.copyInto(g);
        g.writeEndObject();
        g.writeEndArray();
        g.writeFieldName("results");
        results.copyInto(g);
        g.writeObjectFieldStart("properties");
        g.writeFieldName("reports");
        grades.copyInto(g);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write(JsonWriter.NL);
    }

    @Override
    public void close() throws IOException {
        try (notifications; results; grades) {
            // each section deletes its spool
        }
    }

    /**
     * One array of the document, its elements serialised as they come into a spool with the indentation they
     * will have at their depth in the document, then copied into the document's own generator.
     */
    private static final class Section implements java.io.Closeable {
        private final int depth;
        private final Spool spool = new Spool();
        private JsonGenerator g;

        Section(int depth) { this.depth = depth; }

        void begin() throws IOException {
            g = JsonWriter.generator(JsonWriter.INDENTED, spool.writer);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new Offset(depth)));
            // The spool's own array gives each element the separator it has in the document; its '[' is not copied.
            g.writeStartArray();
        }

        void add(Object element) throws IOException {
            JsonWriter.INDENTED.writeValue(g, element);
        }

        /** The array in the document: '[', the spooled elements, ' ]' (as Jackson writes any array). */
        void copyInto(JsonGenerator doc) throws IOException {
            g.flush();
            doc.writeStartArray();
            spool.copyTo(doc::writeRaw, 1);
            doc.writeEndArray();
        }

        @Override
        public void close() throws IOException {
            spool.close();
        }
    }

    /** Jackson's line-feed indentation, as if the value stood {@code depth} objects deep. */
    private record Offset(int depth) implements DefaultPrettyPrinter.Indenter {
        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, level + depth);
        }

        @Override
        public boolean isInline() { return false; }
    }

    /** An object with its keys in the order given. */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /** Score and grade of one report, with the 数据需更正 flag, in the run's property bag (SARIF has no place for them). */
    private static Map<String, Object> grade(CheckResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("score", r.score());
        m.put("grade", r.grade());
        m.put("dataCorrection", r.dataCorrection());
        if (r.gradeCap() != null) m.put("gradeCap", obj("severity", r.gradeCap().severity(), "gradeByScore", r.gradeCap().gradeByScore()));
        m.put("gradeText", TextWriter.gradeText(r));
        return m;
    }

    private static Map<String, Object> rule(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.ruleId());
        m.put("shortDescription", Map.of("text", f.title()));
        m.put("defaultConfiguration", Map.of("level", level(f.severity())));
        m.put("properties", obj("category", f.category(), "basis", f.basis()));
        return m;
    }

    private static Map<String, Object> result(CheckResult r, Finding f) {
        Location l = f.location();
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", r.file()));
        if (l.line() != null && LINE_FORMATS.contains(r.report().format())) physical.put("region", Map.of("startLine", l.line()));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        location.put("logicalLocations", List.of(obj("name", TextWriter.place(l), "kind", "element",
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
