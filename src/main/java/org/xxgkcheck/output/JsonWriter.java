package org.xxgkcheck.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Tool;

/**
 * The JSON result of CONTRACT.md: {"tool": …, "results": [...]}; jsonl prints one result per line. Both stream
 * through one Jackson generator: each result is serialised into the open document as it comes, with the same
 * bytes the whole document would have had.
 */
public final class JsonWriter {
    private JsonWriter() {}

    static final String NL = System.lineSeparator();

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(java.time.LocalDate.class,
            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()));
    private static final ObjectMapper COMPACT = new ObjectMapper()
        .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(java.time.LocalDate.class,
            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()));

    /** Indented, no flush after each value (the caller's writer decides), target left open. */
    static final ObjectWriter INDENTED = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private static final ObjectWriter LINE = COMPACT.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** A generator over {@code out} configured like {@code writer} (pretty printer included) that never closes out. */
    static JsonGenerator generator(ObjectWriter writer, Writer out) throws IOException {
        JsonGenerator g = writer.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        return g;
    }

    static ResultWriter document(Writer out) {
        return new Document(out);
    }

    static ResultWriter lines(Writer out) {
        return new Lines(out);
    }

    /** {"tool": …, "results": [ … ], "waivers": [ … ]}, results written into the open array one by one. */
    private static final class Document implements ResultWriter {
        private final Writer out;
        private JsonGenerator g;

        Document(Writer out) { this.out = out; }

        @Override
        public void begin() throws IOException {
            g = generator(INDENTED, out);
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", Tool.NAME);
            g.writeStringField("version", Tool.VERSION);
            g.writeEndObject();
            g.writeArrayFieldStart("results");
        }

        @Override
        public void result(CheckResult r) throws IOException {
            INDENTED.writeValue(g, r);
        }

        @Override
        public void end(List<WaiverLedger.Status> waivers) throws IOException {
            g.writeEndArray();
            if (!waivers.isEmpty()) {
                g.writeFieldName("waivers");
                INDENTED.writeValue(g, waiverList(waivers));
            }
            g.writeEndObject();
            g.flush();
            out.write(NL);
        }
    }

    private static List<Map<String, Object>> waiverList(List<WaiverLedger.Status> waivers) {
        List<Map<String, Object>> ws = new java.util.ArrayList<>();
        for (WaiverLedger.Status w : waivers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", w.waiver().source());
            m.put("ruleId", w.waiver().ruleId());
            m.put("status", w.status());
            m.put("applied", w.applied());
            m.put("expires", w.waiver().expires().toString());
            ws.add(m);
        }
        return ws;
    }

    /** One compact result per line, each printed as it comes. */
    private static final class Lines implements ResultWriter {
        private final Writer out;
        private JsonGenerator g;

        Lines(Writer out) { this.out = out; }

        @Override
        public void begin() throws IOException {
            g = generator(LINE, out);
            // Root values are separated by the line breaks written below, not by Jackson's default space.
            g.setPrettyPrinter(null);
            g.setRootValueSeparator(null);
        }

        @Override
        public void result(CheckResult r) throws IOException {
            LINE.writeValue(g, r);
            g.writeRaw(NL);
        }

        @Override
        public void flush() throws IOException {
            g.flush();
        }

        @Override
        public void end(List<WaiverLedger.Status> waivers) throws IOException {
            g.flush();
        }
    }
}
