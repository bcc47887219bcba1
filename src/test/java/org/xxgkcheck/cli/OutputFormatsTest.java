package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The SARIF and HTML results of CONTRACT.md's --format option. */
class OutputFormatsTest {
    private static final String S004 = "fixtures/reports/004_e6d10310d5a8465b.txt";

    @Test
    void sarif_lists_rules_results_levels_places_and_reading_problems() throws Exception {
        Cli r = Cli.run("check", "--format", "sarif", S004, "fixtures/reports/huaian-city-2024.pdf");
        assertEquals(1, r.code(), r.err());
        JsonNode run = new ObjectMapper().readTree(r.out()).path("runs").get(0);
        assertEquals("xxgk-check", run.path("tool").path("driver").path("name").asText());
        JsonNode shape = null;
        JsonNode pdfFinding = null;
        for (JsonNode x : run.path("results")) {
            if (x.path("ruleId").asText().equals("T3-SHAPE")) shape = x;
            if (x.toString().contains("huaian-city-2024.pdf")) pdfFinding = x;
        }
        assertEquals("error", shape.path("level").asText());
        JsonNode loc = shape.path("locations").get(0);
        assertEquals(S004, loc.path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(37, loc.path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("part3/T3", loc.path("logicalLocations").get(0).path("fullyQualifiedName").asText());
        assertEquals("第三部分·表三·第37行", loc.path("logicalLocations").get(0).path("name").asText());
        JsonNode pdfPhysical = pdfFinding.path("locations").get(0).path("physicalLocation");
        assertTrue(pdfPhysical.path("region").isMissingNode(), "a PDF's lines are lines of its pages, not of the file: no region");
        assertTrue(pdfPhysical.path("properties").path("page").asInt() >= 1, "the page goes in the properties: " + pdfPhysical);
        boolean infoIsNote = false;
        for (JsonNode x : run.path("results")) infoIsNote |= x.path("ruleId").asText().equals("META-CONTACT") && x.path("level").asText().equals("note");
        assertTrue(infoIsNote);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertTrue(rules.toString().contains("\"id\":\"T3-SHAPE\""), rules.toString());
        assertTrue(run.path("invocations").get(0).path("toolExecutionNotifications").size() >= 21, "004's 21 unreadable rows are notifications");
    }

    @Test
    void html_is_one_page_with_the_scores_and_findings() {
        Cli r = Cli.run("check", "--format", "html", "--fail-on", "never", S004);
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out());
        assertTrue(r.out().contains("<td class=\"sev sev-error\">错误</td><td class=\"rule\" title=\"第三部分应有表三，且表格结构符合模板\">T3-SHAPE</td>"), r.out());
        assertTrue(r.out().contains("C 数据准确</th>"), r.out());
        assertTrue(r.out().contains("<h3>读取问题</h3>"), r.out());
        assertTrue(r.out().contains("第三部分·表三·（三）不予公开·1.属于国家秘密·第45行：表三“（三）不予公开·1.属于国家秘密”行应有 7 个数值，实际读到 6 个"), r.out());
        assertTrue(!r.out().contains("<script src"), "no script from elsewhere");
    }
}
