package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules test` names an unknown rule id, and --accept rewrites a failing fixture's expected file after the diff. */
class RulesTestAcceptTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_unknown_rule_id_is_a_usage_error_naming_it() {
        Cli r = Cli.run("rules", "test", "NOPE", "NAR-FEE", "T3-BALANS");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("用法错误：没有编号为“NOPE”“T3-BALANS”的规则。"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void accept_shows_the_difference_then_rewrites_the_expected_file(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(Path.of("fixtures/reports/000_e0ddddd15fe580f0.txt"), reports.resolve("000.txt"));
        ObjectNode expected = (ObjectNode) JSON.readTree(Path.of("fixtures/reports/000_e0ddddd15fe580f0.expected.json").toFile());
        ArrayNode findings = (ArrayNode) expected.get("findings");
        JsonNode fee = findings.remove(4);            // the NAR-FEE finding: now "unexpected"
        assertEquals("NAR-FEE", fee.path("ruleId").asText());
        findings.add(JSON.readTree("{\"ruleId\": \"NAR-FEE\", \"location\": {\"part\": 5}}"));   // wrong: now "missing"
        Path file = reports.resolve("000.expected.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected), StandardCharsets.UTF_8);

        Cli plain = Cli.run("rules", "test", "NAR-FEE", "--fixtures", dir.toString());
        assertEquals(1, plain.code(), plain.out());
        assertTrue(plain.out().contains("失败  fixtures/reports/000.txt"), plain.out());
        assertTrue(plain.out().contains("缺少预期的发现：NAR-FEE（第 5 部分）"), plain.out());
        assertTrue(plain.out().contains("多出的发现：NAR-FEE（警告，第 6 部分）：第六部分没有说明信息处理费"), plain.out());
        assertTrue(plain.out().contains("失败 1 个。"), plain.out());

        Cli accept = Cli.run("rules", "test", "NAR-FEE", "--fixtures", dir.toString(), "--accept");
        assertEquals(0, accept.code(), accept.out() + accept.err());
        String out = accept.out();
        assertTrue(out.indexOf("多出的发现：NAR-FEE") < out.indexOf("已改写 "), "the difference comes first: " + out);
        assertTrue(out.contains("已改写 " + file.toString().replace('\\', '/') + "：增加 1 条、删去 1 条预期发现。"), out);
        assertTrue(out.contains("失败 0 个，改写预期结果 1 个。"), out);

        JsonNode now = JSON.readTree(file.toFile());
        assertEquals(expected.get("report"), now.get("report"));
        assertEquals(expected.get("ok"), now.get("ok"));
        assertEquals(5, now.get("findings").size());
        for (int i = 0; i < 4; i++) assertEquals(findings.get(i), now.get("findings").get(i), "matching expectations are kept as written");
        assertEquals(JSON.readTree("{\"ruleId\": \"NAR-FEE\", \"severity\": \"warning\", \"location\": {\"part\": 6}}"), now.get("findings").get(4));
        assertTrue(Files.readString(file).contains("\"ruleId\": \"NAR-FEE\""), "written as the fixtures are");

        Cli again = Cli.run("rules", "test", "NAR-FEE", "--fixtures", dir.toString());
        assertEquals(0, again.code(), again.out());
    }
}
