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
import org.xxgkcheck.findings.WaivedFinding;
import org.xxgkcheck.findings.Waiver;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.LocationText;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.Tool;

/**
 * SARIF 2.1.0 for code-review and CI tools: one run, the rules that fired, one result per finding with the file, the
 * region (line and quoted text, for files counted in lines) and the report place as a logical location; waived
 * findings as results with an external suppression; reading problems as execution notifications, waivers that no
 * longer apply as configuration notifications. Built from plain maps with a fixed key order, no SARIF object model.
 *
 * <p>The document lists the rules that fired before the results, so it can only be printed once the batch is done.
 * Until then only the rules (at most the rule catalogue) stay in memory; the notifications, results and grades are
 * serialised as each report comes into spools, indented as they will stand in the document, and copied into it at
 * the end.
 */
final class SarifWriter implements ResultWriter {

    /**
     * Formats whose lines are lines of the file, so a region can name one. A PDF's line is a line of its page and
     * a DOCX has paragraphs: neither is a line of the file, and a SARIF region needs one (or a byte offset), so
     * their page, line and paragraph go into the location's properties and the quote into its message.
     */
    private static final Set<String> LINE_FORMATS = Set.of("txt", "md", "html", "htm");

    private final Writer out;
    private final Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    /** Depths: the number of objects around each array (document, run, and the invocation or property bag). */
    private final Section notifications = new Section(3);
    private final Section results = new Section(2);
    private final Section grades = new Section(3);
    /** False once a file could not be read or a rule failed: the run did not do all it was asked to. */
    private boolean successful = true;

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
            results.add(result(r, f, null));
        }
        for (WaivedFinding w : r.waived()) {
            rules.computeIfAbsent(w.finding().ruleId(), id -> rule(w.finding()));
            results.add(result(r, w.finding(), w.waiver()));
        }
        for (Problem p : r.problems()) {
            if (p.fatal() || p.kind().equals("rule")) successful = false;
            notifications.add(notification(r, p));
        }
    }

    @Override
    public void end(List<WaiverLedger.Status> waivers) throws IOException {
        List<Map<String, Object>> configuration = new ArrayList<>();
        for (WaiverLedger.Status w : waivers) {
            if (!w.status().equals("applied")) configuration.add(configurationNotification(staleWaiver(w)));
        }
        JsonGenerator g = JsonWriter.generator(JsonWriter.INDENTED, out);
        startRun(g, new ArrayList<>(rules.values()));
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", successful);
        g.writeFieldName("toolExecutionNotifications");
        notifications.copyInto(g);
        g.writeFieldName("toolConfigurationNotifications");
        JsonWriter.INDENTED.writeValue(g, configuration);
        g.writeEndObject();
        g.writeEndArray();
        g.writeFieldName("results");
        results.copyInto(g);
        g.writeObjectFieldStart("properties");
        g.writeFieldName("reports");
        grades.copyInto(g);
        g.writeEndObject();
        endRun(g, out);
    }

    /**
     * The whole document when the rule set cannot be used and nothing was checked (exit code 3): no results, the
     * run marked unsuccessful, and each rule error as a configuration notification naming its file and line.
     */
    static void ruleSetFailed(Writer out, List<ConfigurationNote> errors) throws IOException {
        JsonGenerator g = JsonWriter.generator(JsonWriter.INDENTED, out);
        startRun(g, List.of());
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", false);
        g.writeFieldName("toolConfigurationNotifications");
        JsonWriter.INDENTED.writeValue(g, errors.stream().map(SarifWriter::configurationNotification).toList());
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("results");
        g.writeEndArray();
        endRun(g, out);
    }

    /** The document up to the run's tool: schema, version, and the driver with its rules. */
    private static void startRun(JsonGenerator g, List<Map<String, Object>> rules) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", Tool.NAME);
        g.writeStringField("version", Tool.VERSION);
        g.writeStringField("informationUri", Tool.INFORMATION_URI);
        g.writeFieldName("rules");
        JsonWriter.INDENTED.writeValue(g, rules);
        g.writeEndObject();
        g.writeEndObject();
        // Messages are Chinese; SARIF assumes en-US unless told.
        g.writeStringField("language", "zh-CN");
    }

    private static void endRun(JsonGenerator g, Writer out) throws IOException {
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

    /** An object with its keys in the order given; null values are left out. */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
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

    /** A finding as a result; a waived one carries the waiver as an external, accepted suppression. */
    private static Map<String, Object> result(CheckResult r, Finding f, Waiver waiver) {
        Location l = f.location();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("level", level(f.severity()));
        m.put("message", Map.of("text", located(l, f.message())));
        Map<String, Object> location = location(r, l);
        location.put("logicalLocations", List.of(obj("name", LocationText.place(l), "kind", "element",
            "fullyQualifiedName", String.join("/", parts(l)))));
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

    /**
     * The file and, where the report says where, the place in it: a region with the line and the quoted text for
     * files counted in lines; for PDF and DOCX the page, line or paragraph as properties and the quote as the
     * location's message.
     */
    private static Map<String, Object> location(CheckResult r, Location l) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(r.file())));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        if (l == null) return location;
        boolean lines = LINE_FORMATS.contains(r.report().format());
        if (lines && l.line() != null) {
            physical.put("region", obj("startLine", l.line(), "snippet", l.quote() == null ? null : Map.of("text", l.quote())));
        } else if (!LocationText.position(l).isEmpty()) {
            physical.put("properties", obj("page", l.page(), "line", l.line(), "paragraph", l.paragraph()));
            if (l.quote() != null) location.put("message", Map.of("text", LocationText.position(l) + "：" + LocationText.quote(l)));
        }
        return location;
    }

    /** "第三部分·表三·第37行：message"; the bare message when the finding has no place. */
    private static String located(Location l, String message) {
        if (l == null) return message;
        String place = LocationText.place(l);
        return place.equals("全文") ? message : place + "：" + message;
    }

    /** A reading problem: an unreadable file is an error, a part that could not be read a warning. */
    private static Map<String, Object> notification(CheckResult r, Problem p) {
        return obj("level", p.fatal() || p.kind().equals("rule") ? "error" : "warning",
            "message", Map.of("text", p.fatal() ? "无法读取：" + p.message() : located(p.location(), p.message())),
            "locations", List.of(location(r, p.location())),
            "properties", Map.of("kind", p.kind()));
    }

    /** A waiver that expired or matched nothing, at its place in the waiver file ("waivers.txt:2"). */
    static ConfigurationNote staleWaiver(WaiverLedger.Status w) {
        String source = w.waiver().source();
        int colon = source.lastIndexOf(':');
        boolean numbered = colon > 0 && source.substring(colon + 1).matches("\\d+");
        return new ConfigurationNote("warning", numbered ? source.substring(0, colon) : source,
            numbered ? Integer.parseInt(source.substring(colon + 1)) : 0,
            "豁免 " + source + "（" + w.waiver().ruleId() + "）" + (w.status().equals("expired")
                ? "已于 " + w.waiver().expires() + " 过期，未生效。" : "没有对应的发现，可能已不需要。"), null);
    }

    static Map<String, Object> configurationNotification(ConfigurationNote n) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(n.file())));
        if (n.line() > 0) {
            physical.put("region", obj("startLine", n.line(),
                "snippet", n.source() == null || n.source().isBlank() ? null : Map.of("text", n.source().strip())));
        }
        return obj("level", n.level(), "message", Map.of("text", n.message()),
            "locations", List.of(Map.of("physicalLocation", physical)));
    }

    /**
     * A file name as SARIF's URI reference: spaces, Chinese and other characters percent-encoded in UTF-8, a
     * Windows drive path as a file URI (so "C:" is not read as a scheme).
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        boolean drive = path.matches("[A-Za-z]:/.*");
        // A colon in the first segment of a relative name would read as a scheme.
        if (!drive && path.indexOf(':') >= 0 && path.indexOf(':') < (path.indexOf('/') < 0 ? path.length() : path.indexOf('/'))) {
            path = "./" + path;
        }
        try {
            String encoded = new java.net.URI(null, null, drive ? "/" + path : path, null).toASCIIString();
            return drive ? "file://" + encoded : encoded;
        } catch (java.net.URISyntaxException e) {
            return path;
        }
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
