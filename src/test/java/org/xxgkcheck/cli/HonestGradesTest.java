package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blank template does not pass, an error caps the grade (rules/scoring.txt 等级上限), and an error in category C
 * sets the 数据需更正 flag in every output format.
 */
class HonestGradesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLANK = "src/test/resources/docx/template-2021-blank.docx";
    private static final String MINIMAL = "fixtures/formats/minimal.txt";
    /** 003 with one T3-SUM error: 90 points, which alone would be 优秀. */
    private static final String T3_SUM = "fixtures/rules/table/T3-SUM-partial-not-in-total.txt";
    /** 003 with one SEC-MISSING error (category B): capped, but no data to correct. */
    private static final String PART5_DELETED = "fixtures/rules/structure/SEC-MISSING-part5-deleted.txt";
    private static final String S003 = "fixtures/reports/003_3e6aefe5f9afa9b8.txt";

    @Test
    void the_blank_2021_template_fails_with_every_part_found_empty() throws Exception {
        JsonNode r = result("rules", BLANK);
        assertTrue(r.path("score").asDouble() < 60, "blank template scored " + r.path("score"));
        assertEquals("不合格", r.path("grade").asText());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), parts(r, "SEC-EMPTY"));
        assertEquals(List.of(2, 3, 4), parts(r, "TPL-TABLE-BLANK"));
        assertEquals(List.of(), parts(r, "TPL-BLANK-AS-ZERO"), "an entirely blank table is reported once, by TPL-TABLE-BLANK");
        assertEquals(List.of(), parts(r, "SEC-MISSING"), "the headings are all there");
        assertTrue(r.path("dataCorrection").asBoolean(), "blank tables are errors in category C");
    }

    @Test
    void a_filled_report_has_no_empty_part_and_no_flag() throws Exception {
        JsonNode r = result("rules", S003);
        assertEquals(List.of(), parts(r, "SEC-EMPTY"), "parts 二三四 of 003 hold only filled tables: not empty");
        assertEquals(List.of(), parts(r, "TPL-TABLE-BLANK"));
        assertEquals("优秀", r.path("grade").asText());
        assertFalse(r.path("dataCorrection").asBoolean());
        assertTrue(r.path("gradeCap").isNull(), r.toString());
    }

    @Test
    void table_errors_set_the_flag_and_cap_the_grade() throws Exception {
        JsonNode minimal = result("rules", MINIMAL);
        assertTrue(parts(minimal, "T3-ROWTOTAL").size() + parts(minimal, "T3-SUM").size() >= 2, minimal.toString());
        assertTrue(minimal.path("dataCorrection").asBoolean());
        assertEquals("良好", minimal.path("grade").asText());

        JsonNode sum = result("rules", T3_SUM);
        assertEquals(90.0, sum.path("score").asDouble(), "the score itself is not changed by the cap");
        assertEquals("良好", sum.path("grade").asText(), "90 points would be 优秀, but the report has an error");
        assertEquals("error", sum.path("gradeCap").path("severity").asText());
        assertEquals("优秀", sum.path("gradeCap").path("gradeByScore").asText());
        assertTrue(sum.path("dataCorrection").asBoolean(), "T3-SUM is an error in category C");

        JsonNode missing = result("rules", PART5_DELETED);
        assertEquals("良好", missing.path("grade").asText(), "SEC-MISSING is an error: capped too");
        assertFalse(missing.path("dataCorrection").asBoolean(), "but it is in category B: no data to correct");
    }

    @Test
    void text_html_and_sarif_show_the_flag_next_to_the_grade() throws Exception {
        Cli text = Cli.run("check", "--fail-on", "never", T3_SUM, S003);
        assertTrue(text.out().contains("得分 90 分（良好，有错误的报告最高为良好，数据需更正）"), text.out());
        assertTrue(text.out().contains("分（优秀）："), text.out());

        Cli html = Cli.run("check", "--format", "html", "--fail-on", "never", T3_SUM);
        assertTrue(html.out().contains("<td class=\"sev\" data-v=\"1\">良好<div class=\"flag\">数据需更正</div></td>"), html.out());
        assertTrue(html.out().contains("<b>90</b> 分（良好，有错误的报告最高为良好，数据需更正）"), html.out());

        Cli sarif = Cli.run("check", "--format", "sarif", "--fail-on", "never", T3_SUM, S003);
        JsonNode reports = JSON.readTree(sarif.out()).path("runs").get(0).path("properties").path("reports");
        assertEquals(2, reports.size(), sarif.out());
        assertEquals(T3_SUM, reports.get(0).path("file").asText());
        assertEquals("良好", reports.get(0).path("grade").asText());
        assertTrue(reports.get(0).path("dataCorrection").asBoolean());
        assertEquals("优秀", reports.get(0).path("gradeCap").path("gradeByScore").asText());
        assertFalse(reports.get(1).path("dataCorrection").asBoolean());
    }

    @Test
    void the_cap_and_the_flag_categories_are_data_read_on_the_next_run(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path scoring = rules.resolve("scoring.txt");
        String shipped = Files.readString(scoring, StandardCharsets.UTF_8);
        assertTrue(shipped.contains("等级上限.有错误 = 良好") && shipped.contains("数据需更正.类别 = C"), shipped);

        Files.writeString(scoring, shipped.replace("等级上限.有错误 = 良好", "等级上限.有错误 = 合格")
            .replace("数据需更正.类别 = C", "数据需更正.类别 = B, C"), StandardCharsets.UTF_8);
        JsonNode sum = result(rules.toString(), T3_SUM);
        assertEquals(90.0, sum.path("score").asDouble());
        assertEquals("合格", sum.path("grade").asText(), "the copied scoring.txt caps errors at 合格");
        JsonNode missing = result(rules.toString(), PART5_DELETED);
        assertTrue(missing.path("dataCorrection").asBoolean(), "SEC-MISSING (category B) now sets the flag");

        Files.writeString(scoring, shipped.replace("等级上限.有错误 = 良好\n", ""), StandardCharsets.UTF_8);
        JsonNode uncapped = result(rules.toString(), T3_SUM);
        assertEquals("优秀", uncapped.path("grade").asText(), "without a cap the score alone decides");
        assertTrue(uncapped.path("gradeCap").isNull());
        assertTrue(uncapped.path("dataCorrection").asBoolean(), "the flag does not depend on the cap");
    }

    @Test
    void an_unknown_grade_or_category_in_scoring_txt_is_a_chinese_error(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path scoring = rules.resolve("scoring.txt");
        String shipped = Files.readString(scoring, StandardCharsets.UTF_8);
        Files.writeString(scoring, shipped.replace("等级上限.有错误 = 良好", "等级上限.有错误 = 特优")
            .replace("数据需更正.类别 = C", "数据需更正.类别 = C, X"), StandardCharsets.UTF_8);
        Cli verify = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, verify.code(), verify.err());
        assertTrue(verify.err().contains("rules/scoring.txt"), verify.err());
        assertTrue(verify.err().contains("“等级上限.有错误”的值“特优”不是本文件中的等级，应为 优秀、良好、合格、不合格 之一"), verify.err());
        assertTrue(verify.err().contains("“数据需更正.类别”中的“X”不是本文件中的类别"), verify.err());
        Cli check = Cli.run("check", "--rules", rules.toString(), S003);
        assertEquals(3, check.code(), "nothing is checked with a broken scoring.txt");

        Files.writeString(scoring, shipped.replace("等级上限.有错误 = 良好", "等级上限.有疑问 = 良好"), StandardCharsets.UTF_8);
        Cli unknownKey = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, unknownKey.code());
        assertTrue(unknownKey.err().contains("等级上限应写作“等级上限.有错误”"), unknownKey.err());
    }

    private static List<Integer> parts(JsonNode result, String ruleId) {
        List<Integer> parts = new ArrayList<>();
        for (JsonNode f : result.path("findings")) {
            if (f.path("ruleId").asText().equals(ruleId)) parts.add(f.path("location").path("part").asInt());
        }
        return parts;
    }

    private static JsonNode result(String rules, String file) throws IOException {
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--rules", rules, file);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out()).path("results").get(0);
    }
}
