package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";
    private static final String S003 = "fixtures/reports/003_3e6aefe5f9afa9b8.txt";
    private static final String S004 = "fixtures/reports/004_e6d10310d5a8465b.txt";

    @Test
    void json_result_follows_the_contract() throws Exception {
        Cli r = Cli.run("check", "--format", "json", S004);
        assertEquals(1, r.code(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("xxgk-check", doc.path("tool").path("name").asText());
        JsonNode res = doc.path("results").get(0);
        assertEquals(S004, res.path("file").asText());
        assertEquals("柳屯镇人民政府", res.path("report").path("organ").asText());
        assertEquals("township-government", res.path("report").path("organType").asText());
        assertEquals(2022, res.path("report").path("year").asInt());
        assertEquals("2021", res.path("report").path("template").asText());
        double sum = 0;
        for (JsonNode c : res.path("scoreByCategory")) sum += c.path("score").asDouble();
        assertEquals(res.path("score").asDouble(), sum, 0.001, "category scores add up to the total");
        assertEquals(5, res.path("scoreByCategory").size());
        assertEquals("C", res.path("scoreByCategory").get(2).path("category").asText());
        assertEquals(30.0, res.path("scoreByCategory").get(2).path("max").asDouble());
        assertEquals(res.path("score").asDouble() >= 70 ? "良好" : "合格", res.path("grade").asText());
        assertEquals(1, res.path("summary").path("error").asInt());
        JsonNode shape = null;
        for (JsonNode f : res.path("findings")) if (f.path("ruleId").asText().equals("T3-SHAPE")) shape = f;
        assertEquals("T3-SHAPE", shape.path("ruleId").asText());
        assertEquals("structure", shape.path("category").asText());
        assertEquals(3, shape.path("location").path("part").asInt());
        assertEquals("T3", shape.path("location").path("table").asText());
        assertEquals(4.0, shape.path("points").asDouble());
        assertTrue(shape.path("basis").asText().contains("〔2021〕30号"));
        assertEquals("NAR-FEE", res.path("findings").get(res.path("findings").size() - 1).path("ruleId").asText(),
            "findings in report order: part 六 last");
        assertTrue(res.path("problems").size() > 0);
        assertEquals("parse", res.path("problems").get(0).path("kind").asText());
        assertEquals("", r.err(), "nothing on stderr for a readable report");
    }

    @Test
    void fail_on_sets_the_exit_code() {
        assertEquals(0, Cli.run("check", S000).code(), "only a warning: below the default threshold");
        assertEquals(1, Cli.run("check", "--fail-on", "warning", S000).code());
        assertEquals(0, Cli.run("check", "--fail-on", "never", S004).code());
        assertEquals(1, Cli.run("check", S004).code());
        assertEquals(0, Cli.run("check", "--fail-on", "error", S003).code());
    }

    @Test
    void text_output_is_chinese_with_places_and_score() {
        Cli r = Cli.run("check", S000);
        assertTrue(r.out().contains("[警告] NAR-FEE  第六部分·第411行  第六部分没有说明信息处理费的收取情况"), r.out());
        assertTrue(r.out().contains("[提示] CON-SECTIONS-CLAIM  第2行  前言称报告由 6 部分组成，却列出了 5 个名称。"), r.out());
        assertTrue(r.out().matches("(?s).*得分 [0-9.]+ 分（(优秀|良好)）：错误 0，警告 3，提示 2.*"), r.out());
        assertTrue(r.out().contains("     C 数据准确　　    30 / 30"), r.out());
    }

    @Test
    void jsonl_prints_one_result_per_line_and_folders_are_walked() throws Exception {
        Cli r = Cli.run("check", "--format", "jsonl", "--jobs", "2", "fixtures/reports");
        String[] lines = r.out().strip().split("\n");
        assertEquals(12, lines.length, "5 seeds, 3 PDFs and 4 web pages");
        assertEquals("fixtures/reports/000_e0ddddd15fe580f0.txt", JSON.readTree(lines[0]).path("file").asText());
        assertEquals("fixtures/reports/pingtan-zone-2019.html", JSON.readTree(lines[11]).path("file").asText());
        assertEquals(1, r.code());
    }

    /** Bad input gets a clear Chinese answer naming the file, and the rest of the batch is still checked. */
    @Test
    void bad_inputs_are_reported_and_the_batch_goes_on(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Path notReport = Files.writeString(dir.resolve("notice.txt"), "关于召开会议的通知\n请各单位准时参加。\n");
        String gbkText = Files.readString(Path.of(S003), StandardCharsets.UTF_8);
        Path gbk = Files.write(dir.resolve("gbk.txt"), gbkText.getBytes(Charset.forName("GBK")));
        Path missing = dir.resolve("missing.txt");
        Cli r = Cli.run("check", "--format", "json", empty.toString(), binary.toString(), notReport.toString(),
            gbk.toString(), missing.toString(), S003);
        assertEquals(2, r.code());
        JsonNode results = JSON.readTree(r.out()).path("results");
        assertEquals(6, results.size());
        assertEquals("文件为空", results.get(0).path("problems").get(0).path("message").asText());
        assertTrue(results.get(1).path("problems").get(0).path("message").asText().contains("二进制"));
        assertTrue(results.get(2).path("problems").get(0).path("message").asText().contains("不是政府信息公开工作年度报告"));
        JsonNode utf8 = results.get(5);
        assertEquals(utf8.path("score"), results.get(3).path("score"), "GBK text reads like UTF-8");
        assertEquals(utf8.path("findings"), results.get(3).path("findings"));
        assertEquals(2023, results.get(3).path("report").path("year").asInt());
        assertEquals("文件不存在", results.get(4).path("problems").get(0).path("message").asText());
        assertTrue(results.get(4).path("score").isNull());
        assertTrue(results.get(5).path("score").asDouble() > 90);
        assertTrue(r.err().contains("无法读取 " + empty + "：文件为空"), r.err());
        assertTrue(r.err().contains("无法读取 " + missing + "：文件不存在"), r.err());
    }

    @Test
    void usage_errors_exit_2_in_chinese() {
        Cli r = Cli.run("check", "--bogus", S003);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("用法错误：未知选项"), r.err());
        assertEquals(2, Cli.run("check", "--fail-on", "fatal", S003).code());
        assertEquals(2, Cli.run("check", "--format", "xml", S003).code());
    }

    @Test
    void output_file_takes_the_result(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.json");
        Cli r = Cli.run("check", "--format", "json", "--output", out.toString(), S003);
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals(1, JSON.readTree(Files.readString(out)).path("results").size());
    }
}
