package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles and waivers change what counts, and so the exit code, as documented in the README. */
class ProfileAndWaiverTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";

    @Test
    void the_gate_profile_keeps_its_rules_and_makes_the_missing_fee_statement_an_error() throws Exception {
        assertEquals(0, Cli.run("check", S000).code(), "all rules: NAR-FEE is a warning, nothing at error");
        Cli gate = Cli.run("check", "--format", "json", "--profile", "gate", S000);
        assertEquals(1, gate.code(), gate.err());
        JsonNode findings = JSON.readTree(gate.out()).path("results").get(0).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("NAR-FEE", findings.get(0).path("ruleId").asText());
        assertEquals("error", findings.get(0).path("severity").asText());
        assertEquals(96.0, JSON.readTree(gate.out()).path("results").get(0).path("score").asDouble(), "only the gate's findings count");
        Cli all = Cli.run("check", "--format", "json", "--profile", "inspection", S000);
        assertEquals(JSON.readTree(Cli.run("check", "--format", "json", S000).out()).path("results").get(0).path("findings"),
            JSON.readTree(all.out()).path("results").get(0).path("findings"), "inspection = every rule as written");
        Cli unknown = Cli.run("check", "--profile", "strict", S000);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("没有名为“strict”的规则方案。可用的方案：gate、inspection"), unknown.err());
    }

    private static Path waivers(Path dir, String expires, String rule) throws Exception {
        return Files.writeString(dir.resolve("waivers.txt"), """
            # 豁免清单
            [留车镇 2021 信息处理费]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = %s
            部分 = 6
            理由 = 该镇已另行发布信息处理费情况说明（2022年2月10日）
            批准人 = 市政务公开办 王某
            有效期至 = %s
            """.formatted(rule, expires), StandardCharsets.UTF_8);
    }

    @Test
    void a_waiver_takes_the_finding_out_of_the_count_until_it_expires(@TempDir Path dir) throws Exception {
        Path w = waivers(dir, "2026-12-31", "NAR-FEE");
        Cli waived = Cli.run("check", "--format", "json", "--profile", "gate", "--waivers", w.toString(), "--today", "2026-11-23", S000);
        assertEquals(0, waived.code(), "the gate's only error is waived: " + waived.err());
        JsonNode doc = JSON.readTree(waived.out());
        JsonNode r = doc.path("results").get(0);
        assertEquals(0, r.path("findings").size());
        assertEquals(100.0, r.path("score").asDouble());
        JsonNode listed = r.path("waived").get(0);
        assertEquals("NAR-FEE", listed.path("ruleId").asText());
        assertEquals("市政务公开办 王某", listed.path("waiver").path("approver").asText());
        assertEquals("2026-12-31", listed.path("waiver").path("expires").asText());
        assertEquals("applied", doc.path("waivers").get(0).path("status").asText());

        Cli expired = Cli.run("check", "--format", "json", "--profile", "gate", "--waivers", w.toString(), "--today", "2027-01-05", S000);
        assertEquals(1, expired.code(), "an expired waiver no longer applies");
        assertEquals("expired", JSON.readTree(expired.out()).path("waivers").get(0).path("status").asText());
        assertTrue(expired.err().contains("已于 2026-12-31 过期，未生效"), expired.err());
    }

    @Test
    void a_waiver_that_matches_nothing_is_reported(@TempDir Path dir) throws Exception {
        Path w = waivers(dir, "2026-12-31", "T3-BALANCE");
        Cli r = Cli.run("check", "--waivers", w.toString(), "--today", "2026-11-23", S000);
        assertEquals(0, r.code());
        assertTrue(r.err().contains("（T3-BALANCE）没有对应的发现"), r.err());
        assertTrue(r.out().contains("没有对应的发现，可能已不需要"), r.out());
    }

    @Test
    void a_malformed_waiver_file_is_a_usage_error_naming_the_line(@TempDir Path dir) throws Exception {
        Path w = Files.writeString(dir.resolve("w.txt"), "[缺理由]\n报告 = a.txt\n规则 = NAR-FEE\n批准人 = 张\n有效期至 = 2026-12-31\n有效 = 是\n",
            StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--waivers", w.toString(), S000);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("第 6 行：应写成“名称 = 值”"), r.err());
        assertTrue(r.err().contains("豁免条目缺少 理由"), r.err());
    }
}
