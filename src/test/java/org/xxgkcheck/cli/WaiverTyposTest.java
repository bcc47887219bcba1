package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.Waivers;

/** A waiver that cannot match because of how it is written says so; severities may be written in Chinese. */
class WaiverTyposTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";
    private static final String TAIL = "理由 = 已另行说明\n批准人 = 王某\n有效期至 = 2026-12-31\n";

    @Test
    void a_rule_table_row_or_column_that_does_not_exist_is_named(@TempDir Path dir) throws Exception {
        Path w = Files.writeString(dir.resolve("w.txt"), """
            [规则写错]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = NAR-FE
            %s
            [行写错]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = T3-BALANCE
            表 = T3
            行 = TOTAL
            列 = NP
            %s
            [表写错]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = T3-BALANCE
            表 = 表三
            %s
            [方案不运行]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = CON-SELF
            %s
            [没有问题]
            报告 = 000_e0ddddd15fe580f0.txt
            规则 = NAR-FEE
            %s
            """.formatted(TAIL, TAIL, TAIL, TAIL, TAIL), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        Waivers read = Waivers.read(w, errors);
        assertEquals(List.of(), errors);
        List<String> m = WaiverTypos.find(read.all(), TestRules.book(), TestRules.book().profiles().get("gate"));
        assertEquals(List.of(
            "豁免 w.txt:1（NAR-FE）：没有编号为“NAR-FE”的规则，是否应为 NAR-FEE？这条豁免不会生效。",
            "豁免 w.txt:8（T3-BALANCE）：表三没有编号为“TOTAL”的行（可用：" + String.join(" ",
                TestRules.book().data().templates().table("T3").rows().keySet()) + "），这条豁免不会生效。",
            "豁免 w.txt:18（T3-BALANCE）：没有表“表三”，应为 T2、T3、T4 之一，这条豁免不会生效。",
            "豁免 w.txt:26（CON-SELF）：规则方案“发布前把关”不运行这条规则，这条豁免不会生效。"), m);
    }

    @Test
    void a_severity_word_that_is_not_one_is_an_error(@TempDir Path dir) throws Exception {
        Path w = Files.writeString(dir.resolve("w.txt"), "[级别写错]\n报告 = a.txt\n规则 = NAR-FEE\n级别 = 严重\n" + TAIL, StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        Waivers.read(w, errors);
        assertEquals(List.of("w.txt:1：级别只能是 错误、警告、提示（或 error、warning、info），不能是“严重”"), errors);
    }

    @Test
    void a_report_or_organ_that_names_no_checked_file_is_said_and_chinese_severities_work(@TempDir Path dir) throws Exception {
        Path w = Files.writeString(dir.resolve("w.txt"), """
            [文件名写错]
            报告 = 000_e0ddddd15fe580f.txt
            规则 = NAR-FEE
            %s
            [机关写错]
            机关 = 留车镇政府
            年度 = 2021
            规则 = NAR-FEE
            %s
            [按机关，只豁免警告]
            机关 = 留车镇人民政府
            年度 = 2021
            规则 = NAR-FEE
            级别 = 警告
            %s
            """.formatted(TAIL, TAIL, TAIL), StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "警告", "--waivers", w.toString(), "--today", "2026-11-23", S000);
        assertEquals(1, r.code(), "other warnings remain, and --fail-on 警告 counts them: " + r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("NAR-FEE", doc.path("results").get(0).path("waived").get(0).path("ruleId").asText(), r.out());
        assertEquals("warning", doc.path("results").get(0).path("waived").get(0).path("severity").asText());
        assertEquals(List.of("unmatched", "unmatched", "applied"),
            List.of(doc.path("waivers").get(0).path("status").asText(), doc.path("waivers").get(1).path("status").asText(),
                doc.path("waivers").get(2).path("status").asText()));
        assertTrue(r.err().contains("提示：豁免 w.txt:1（NAR-FEE）没有对应的报告：检查的文件中没有文件名为“000_e0ddddd15fe580f.txt”的报告"), r.err());
        assertTrue(r.err().contains("提示：豁免 w.txt:8（NAR-FEE）没有对应的报告：检查的文件中没有机关为“留车镇政府”、年度为 2021 的报告"), r.err());
        assertFalse(r.err().contains("w.txt:15"), r.err());
    }

    @Test
    void a_profile_takes_the_chinese_words_and_says_what_happens_to_the_points(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Files.writeString(rules.resolve("profiles/quiet.txt"), "名称 = 宽松\n规则 = *\n级别.NAR-FEE = 提示\n级别.NAR-GOV-ASSESS = 提示\n扣分.NAR-GOV-ASSESS = 0.5\n",
            StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--format", "json", "--rules", rules.toString(), "--no-cache", "--profile", "quiet", S000);
        assertEquals(0, r.code(), r.err());
        int seen = 0;
        for (JsonNode f : JSON.readTree(r.out()).path("results").get(0).path("findings")) {
            if (f.path("ruleId").asText().equals("NAR-FEE")) {
                assertEquals("info", f.path("severity").asText());
                assertEquals(4.0, f.path("points").asDouble());
                seen++;
            }
            if (f.path("ruleId").asText().equals("NAR-GOV-ASSESS")) {
                assertEquals(0.5, f.path("points").asDouble());
                seen++;
            }
        }
        assertEquals(2, seen);
        assertTrue(r.err().contains("提示：方案把 NAR-FEE 的级别由警告改为提示，扣分不变，仍为每条 4 分（要改扣分，另写“扣分.NAR-FEE = 分数”）。"), r.err());
        assertTrue(r.err().contains("提示：方案把 NAR-GOV-ASSESS 的级别由警告改为提示，扣分由每条 1.5 分改为 0.5 分。"), r.err());
    }
}
