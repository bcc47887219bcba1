package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF output checked against the official SARIF 2.1.0 JSON schema (OASIS, errata 01, kept in
 * src/test/resources/sarif): a batch with a PDF, a DOCX, a web page, a text report, an unreadable file and waivers,
 * and a broken rules folder (exit code 3), where stdout must still carry a valid document.
 */
class SarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static void assertValid(String sarif) {
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertTrue(errors.isEmpty(), "not valid SARIF 2.1.0: " + errors);
    }

    @Test
    void the_schema_check_itself_catches_what_sarif_forbids() {
        // A region with only a snippet, a result without a message, an unknown level: three ways to be invalid.
        String bad = """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
              {"ruleId": "A", "level": "fatal", "message": {"text": "m"}},
              {"ruleId": "B"},
              {"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.txt"},
                "region": {"snippet": {"text": "q"}}}}]}]}]}""";
        assertTrue(schema.validate(bad, InputFormat.JSON).size() >= 3, schema.validate(bad, InputFormat.JSON).toString());
    }

    @Test
    void a_batch_with_every_format_an_unreadable_file_and_waivers_is_valid_sarif(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("空白 报告.txt"), new byte[0]);
        Path waivers = Files.writeString(dir.resolve("waivers.txt"), """
            [留车镇 2021 信息处理费]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = NAR-FEE
            部分 = 6
            理由 = 该镇已另行发布信息处理费情况说明
            批准人 = 市政务公开办 王某
            有效期至 = 2026-12-31

            [过期的豁免]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = NAR-GOV-ASSESS
            理由 = 已整改
            批准人 = 市政务公开办 王某
            有效期至 = 2025-01-01

            [没有对应发现的豁免]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = T3-BALANCE
            理由 = 无
            批准人 = 市政务公开办 王某
            有效期至 = 2026-12-31
            """, StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--format", "sarif", "--waivers", waivers.toString(), "--today", "2026-06-01", S000,
            "fixtures/formats/minimal.pdf", "fixtures/formats/minimal.docx", "fixtures/reports/pingtan-zone-2019.html", empty.toString());
        assertEquals(2, r.code(), "an unreadable file makes the exit code 2: " + r.err());
        assertValid(r.out());

        JsonNode run = JSON.readTree(r.out()).path("runs").get(0);
        assertTrue(run.path("tool").path("driver").path("informationUri").asText().startsWith("urn:xxgk-check:"));
        JsonNode invocation = run.path("invocations").get(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean(true), "a file could not be read");
        JsonNode unreadable = null;
        for (JsonNode n : invocation.path("toolExecutionNotifications")) {
            String uri = n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            if (uri.endsWith("%E7%A9%BA%E7%99%BD%20%E6%8A%A5%E5%91%8A.txt")) unreadable = n;
        }
        assertTrue(unreadable != null, "the unreadable file is a notification, its name percent-encoded: " + invocation);
        assertEquals("error", unreadable.path("level").asText());
        assertEquals("无法读取：文件为空", unreadable.path("message").path("text").asText());
        List<String> stale = new ArrayList<>();
        for (JsonNode n : invocation.path("toolConfigurationNotifications")) {
            stale.add(n.path("message").path("text").asText());
            assertEquals("waivers.txt", n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        }
        assertEquals(2, stale.size(), stale.toString());
        assertTrue(stale.get(0).contains("已于 2025-01-01 过期") && stale.get(1).contains("没有对应的发现"), stale.toString());

        int suppressed = 0;
        for (JsonNode x : run.path("results")) {
            JsonNode loc = x.path("locations").get(0);
            JsonNode physical = loc.path("physicalLocation");
            String uri = physical.path("artifactLocation").path("uri").asText();
            String place = loc.path("logicalLocations").get(0).path("name").asText();
            if (x.has("suppressions")) {
                suppressed++;
                JsonNode s = x.path("suppressions").get(0);
                assertEquals("NAR-FEE", x.path("ruleId").asText());
                assertEquals("external", s.path("kind").asText());
                assertEquals("该镇已另行发布信息处理费情况说明", s.path("justification").asText());
            }
            if (place.equals("全文")) continue;
            // Every located result: a region with its line and quote (text files, web pages), or page and
            // paragraph with the quote (PDF, DOCX, which have no lines of their own).
            if (uri.endsWith(".txt") || uri.endsWith(".html")) {
                assertTrue(physical.path("region").path("startLine").asInt() >= 1, x.toString());
                assertFalse(physical.path("region").path("snippet").path("text").asText().isBlank(), x.toString());
            } else {
                assertTrue(physical.path("region").isMissingNode(), x.toString());
                JsonNode props = physical.path("properties");
                assertTrue(uri.endsWith(".pdf") ? props.path("page").asInt() >= 1 && props.path("line").asInt() >= 1
                    : props.path("paragraph").asInt() >= 1, x.toString());
                assertTrue(loc.path("message").path("text").asText().contains("：“"), x.toString());
            }
            assertTrue(x.path("message").path("text").asText().startsWith(place + "："), "the message says where: " + x);
        }
        assertEquals(1, suppressed, "the waived NAR-FEE is a suppressed result");
    }

    @Test
    void a_broken_rules_folder_still_gives_a_valid_sarif_document_on_stdout(@TempDir Path dir) throws Exception {
        // The rule set's data files and one rule, its "end" lost: compiling it fails in a moment.
        Path rules = Cli.copyRules(dir);
        try (java.util.stream.Stream<Path> files = Files.walk(rules)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".drl") || f.toString().endsWith(".test.md")).toList()) {
                if (!f.getFileName().toString().equals("T4-INT.drl")) Files.delete(f);
            }
        }
        Path rule = rules.resolve("table/T4-INT.drl");
        Files.writeString(rule, Files.readString(rule, StandardCharsets.UTF_8).replace("\nend", "\n"), StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--format", "sarif", "--no-cache", "--rules", rules.toString(), S000);
        assertEquals(3, r.code(), r.err());
        assertValid(r.out());
        JsonNode run = JSON.readTree(r.out()).path("runs").get(0);
        assertEquals(0, run.path("results").size());
        JsonNode invocation = run.path("invocations").get(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean(true));
        JsonNode notes = invocation.path("toolConfigurationNotifications");
        assertTrue(notes.size() >= 1, invocation.toString());
        JsonNode first = notes.get(0);
        assertEquals("error", first.path("level").asText());
        assertTrue(first.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText().endsWith("T4-INT.drl"),
            first.toString());
        assertEquals(23, first.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt(), first.toString());
        assertTrue(first.path("message").path("text").asText().contains("缺少 end"), first.toString());
        assertTrue(r.err().contains("未检查任何报告"), "stderr still explains: " + r.err());
    }
}
