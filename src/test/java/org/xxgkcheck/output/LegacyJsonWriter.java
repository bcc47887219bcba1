package org.xxgkcheck.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Tool;

/** The JSON result of CONTRACT.md: {"tool": …, "results": [...]}; jsonl prints one result per line. */
public final class LegacyJsonWriter {
    private LegacyJsonWriter() {}

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(java.time.LocalDate.class,
            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()));
    private static final ObjectMapper COMPACT = new ObjectMapper()
        .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(java.time.LocalDate.class,
            new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()));

    static void writeJson(List<CheckResult> results, List<WaiverLedger.Status> waivers, PrintStream out) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", Tool.NAME);
        tool.put("version", Tool.VERSION);
        doc.put("tool", tool);
        doc.put("results", results);
        if (!waivers.isEmpty()) {
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
            doc.put("waivers", ws);
        }
        out.println(toJson(MAPPER, doc));
    }

    static void writeJsonLines(List<CheckResult> results, PrintStream out) {
        for (CheckResult r : results) out.println(toJson(COMPACT, r));
    }

    static void print(Object doc, PrintStream out) {
        out.println(toJson(MAPPER, doc));
    }

    private static String toJson(ObjectMapper mapper, Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
