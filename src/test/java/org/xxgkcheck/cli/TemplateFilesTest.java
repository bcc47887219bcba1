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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed template is data in rules/templates/: policy staff add a wording and the next run reads it, and
 * `rules verify` names the file and line of a template mistake.
 */
class TemplateFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path S003 = Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt");

    @Test
    void a_label_variant_and_a_heading_wording_added_to_a_copied_template_are_read_on_the_next_run(@TempDir Path dir) throws Exception {
        // 003 with a row label and a part heading in wordings the shipped template does not know.
        String text = Files.readString(S003, StandardCharsets.UTF_8)
            .replace("\t（一）予以公开", "\t（一）同意公开")
            .replace("六、其他需要报告的事项", "六、年度其他情况");
        Path report = dir.resolve("variant.txt");
        Files.writeString(report, text, StandardCharsets.UTF_8);
        Path rules = Cli.copyRules(dir.resolve("r"));

        JsonNode before = result(rules, report);
        assertTrue(has(before, "T3-SHAPE"), before.toString());
        assertTrue(has(before, "SEC-MISSING"), before.toString());

        edit(rules.resolve("templates/T3.txt"), "行.OPEN.识别 = ^予以公开$", "行.OPEN.识别 = ^予以公开$\n行.OPEN.也写作 = 同意公开");
        edit(rules.resolve("templates/parts.txt"), "部分.6.写法 = ", "部分.6.写法 = 年度其他情况|");

        JsonNode after = result(rules, report);
        assertFalse(has(after, "T3-SHAPE"), after.toString());
        assertFalse(has(after, "SEC-MISSING"), after.toString());
        assertTrue(after.path("findings").toString().contains("表三标签写作“（一）同意公开”，格式原文为“（一）予以公开”"), after.toString());
        assertTrue(after.path("findings").toString().contains("第六部分标题“六、年度其他情况”"), after.toString());
        // and the report is read like 003 itself: the same table findings (none) and the same cells
        assertEquals(0, after.path("problems").size(), after.toString());
    }

    @Test
    void an_unknown_template_key_stops_the_run_with_file_and_line(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        edit(rules.resolve("templates/T2.txt"), "行.REG.可省略 = 是", "行.REG.可省略 = 是\n行.REG.别名 = 规章制度");
        Cli r = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("规则文件 rules/templates/T2.txt 第 "), r.err());
        assertTrue(r.err().contains("无法识别“行.REG.别名”"), r.err());
        assertTrue(r.err().contains("也写作"), "the message lists what may be written: " + r.err());
    }

    @Test
    void the_same_variant_for_two_rows_is_refused(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        edit(rules.resolve("templates/T3.txt"), "行.DENY_2.也写作 = 其他法律法规禁止公开", "行.DENY_2.也写作 = 其他法律法规禁止公开|属于国家秘密");
        Cli r = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("规则文件 rules/templates/T3.txt 第 "), r.err());
        assertTrue(r.err().contains("与行“DENY_1”重复，读取时无法区分") || r.err().contains("与行“DENY_2”重复，读取时无法区分"), r.err());
    }

    @Test
    void a_row_in_no_format_and_a_column_not_defined_are_refused(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        edit(rules.resolve("templates/T2.txt"), "行.PROC.格式 = 2019", "行.PROC.格式 = 2018");
        edit(rules.resolve("templates/T2.txt"), "行.LIC.列.2021 = DEC", "行.LIC.列.2021 = DECISION");
        Cli r = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("行“PROC”的格式“2018”不是这张表的格式"), r.err());
        assertTrue(r.err().contains("行“PROC”不属于这张表的任何格式"), r.err());
        assertTrue(r.err().contains("行“LIC”用到的列“DECISION”没有定义"), r.err());
    }

    @Test
    void a_key_a_rule_uses_that_no_template_defines_is_refused(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        edit(rules.resolve("table/T2-REG-AUTH.drl"), "Cell(table == \"T2\", row == \"REG\", column == \"MADE\"",
            "Cell(table == \"T2\", row == \"REGULATION\", column == \"MADE\"");
        Cli r = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("规则文件 rules/table/T2-REG-AUTH.drl 第 "), r.err());
        assertTrue(r.err().contains("表二都没有编号为“REGULATION”的行"), r.err());
        assertTrue(r.err().contains("REG、NORM"), "the message lists the rows: " + r.err());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), file + " has “" + from + "”");
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    private static boolean has(JsonNode result, String id) {
        for (JsonNode f : result.path("findings")) if (f.path("ruleId").asText().equals(id)) return true;
        return false;
    }

    private static JsonNode result(Path rules, Path file) throws IOException {
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--rules", rules.toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out()).path("results").get(0);
    }
}
