package org.xxgkcheck.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.cli.RootCommand;
import org.xxgkcheck.findings.CheckResult;

/** The JSON result of CONTRACT.md: {"tool": …, "results": [...]}; jsonl prints one result per line. */
public final class JsonWriter {
    private JsonWriter() {}

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    static void writeJson(List<CheckResult> results, PrintStream out) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "xxgk-check");
        tool.put("version", RootCommand.VERSION);
        doc.put("tool", tool);
        doc.put("results", results);
        out.println(toJson(MAPPER, doc));
    }

    static void writeJsonLines(List<CheckResult> results, PrintStream out) {
        for (CheckResult r : results) out.println(toJson(COMPACT, r));
    }

    private static String toJson(ObjectMapper mapper, Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
