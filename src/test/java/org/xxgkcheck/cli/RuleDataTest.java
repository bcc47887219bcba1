package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy staff change a cap, a grade band or a keyword list in rules/ and the next run uses it, without a rebuild. */
class RuleDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";

    @Test
    void a_category_cap_and_a_grade_band_change_the_score(@TempDir Path dir) throws Exception {
        JsonNode before = result("rules", S000);
        Path rules = Cli.copyRules(dir);
        Path scoring = rules.resolve("scoring.txt");
        Files.writeString(scoring, Files.readString(scoring, StandardCharsets.UTF_8)
            .replace("类别.D.内容质量 = 30", "类别.D.内容质量 = 5")
            .replace("类别.C.数据准确 = 30", "类别.C.数据准确 = 55")
            .replace("等级.优秀 = 90", "等级.优秀 = 99"), StandardCharsets.UTF_8);
        JsonNode after = result(rules.toString(), S000);
        JsonNode d = after.path("scoreByCategory").get(3);
        assertEquals("D", d.path("category").asText());
        assertEquals(5.0, d.path("max").asDouble());
        assertEquals(0.0, d.path("score").asDouble(), "000 loses more than 5 points in D: the category is floored at 0");
        assertEquals(55.0, after.path("scoreByCategory").get(2).path("score").asDouble(), "000 loses nothing in C");
        double e = before.path("scoreByCategory").get(4).path("score").asDouble();
        assertEquals(10 + 20 + 55 + 0 + e, after.path("score").asDouble(), 0.001, "the total is the sum of the categories");
        assertEquals("良好", after.path("grade").asText(), "优秀 now needs 99");
    }

    @Test
    void a_keyword_list_changes_the_findings(@TempDir Path dir) throws Exception {
        JsonNode before = result("rules", S000);
        assertTrue(has(before, "NAR-OVERVIEW-5TOPICS"), "000 lacks 依申请公开 in part 一 with the shipped vocabulary");
        Path rules = Cli.copyRules(dir);
        Path vocab = rules.resolve("vocabulary.txt");
        Files.writeString(vocab, Files.readString(vocab, StandardCharsets.UTF_8)
            .replace("总体情况五个方面.依申请公开 = 依申请|申请公开|公开申请", "总体情况五个方面.依申请公开 = 依申请|申请公开|公开申请|受理申请|咨询"),
            StandardCharsets.UTF_8);
        JsonNode after = result(rules.toString(), S000);
        assertTrue(!has(after, "NAR-OVERVIEW-5TOPICS"), "with 咨询 and 受理申请 as words, 000's part 一 covers 依申请公开");
        assertNotEquals(before.path("score"), after.path("score"));
    }

    @Test
    void a_threshold_in_settings_changes_the_findings(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path settings = rules.resolve("settings.txt");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8).replace("问题条数.最少 = 2", "问题条数.最少 = 5"),
            StandardCharsets.UTF_8);
        JsonNode r = result(rules.toString(), "fixtures/reports/003_3e6aefe5f9afa9b8.txt");
        assertTrue(r.path("findings").toString().contains("第五部分只写出 4 条问题"), r.path("findings").toString());
    }

    @Test
    void a_broken_data_file_stops_the_run_with_file_and_line(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path vocab = rules.resolve("vocabulary.txt");
        Files.writeString(vocab, Files.readString(vocab, StandardCharsets.UTF_8) + "\n坏的词 = (未闭合\n没有等号的一行\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--rules", rules.toString(), S000);
        assertEquals(3, r.code());
        assertTrue(r.err().contains("rules/vocabulary.txt 第 "), r.err());
        assertTrue(r.err().contains("“坏的词”的词语写法有误"), r.err());
        assertTrue(r.err().contains("这一行应写成“名称 = 值”"), r.err());
        Files.delete(rules.resolve("scoring.txt"));
        Cli missing = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("缺少规则数据文件 rules/scoring.txt"), missing.err());
    }

    private static boolean has(JsonNode result, String id) {
        for (JsonNode f : result.path("findings")) if (f.path("ruleId").asText().equals(id)) return true;
        return false;
    }

    private static JsonNode result(String rules, String file) throws IOException {
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--rules", rules, file);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out()).path("results").get(0);
    }

}
