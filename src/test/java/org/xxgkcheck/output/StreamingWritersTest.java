package org.xxgkcheck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;

/** The streaming writers take results one at a time from a generator and still print whole, valid documents. */
class StreamingWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int N = 2_000;

    /** Result number i, made on demand: every tenth cannot be read, the others have three findings. */
    private static CheckResult result(int i) {
        String file = String.format("batch/%05d.txt", i);
        if (i % 10 == 7) return CheckResult.unreadable(file, "txt", List.of(Problem.input("文件为空")));
        List<Finding> findings = new ArrayList<>();
        for (String id : List.of("T3-BALANCE", "T3-SUM", "NAR-FEE")) {
            findings.add(new Finding(id, id.startsWith("NAR") ? "warning" : "error", "table", id + " 的标题",
                "“自然人”列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4（第 " + i + " 份）。",
                new Location(3, "T3", "TOTAL_RES", "NP", 100 + i), Map.of("left", 5, "right", 4),
                "国办公开办函〔2021〕30号", 5, null));
        }
        return new CheckResult(file, new ReportInfo("某镇 2023 年政府信息公开工作年度报告", "某镇人民政府", "township-government", 2023,
            "2021", "txt"), 85.0, "良好", false, null, List.of(new Score.CategoryScore("C", "表格", 30, 25)),
            CheckResult.summarize(findings), findings, List.of(), List.of(Problem.parse("表格有一处无法识别", new Location(3, null, null, null, null))));
    }

    private static Path write(Format format, Path dir) throws Exception {
        Path file = dir.resolve("out." + format);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
             ResultWriter w = format.open(out)) {
            w.begin();
            for (int i = 0; i < N; i++) w.result(result(i));
            w.end(List.of());
        }
        return file;
    }

    @Test
    void json_of_two_thousand_results_from_a_generator_parses_with_every_result_in_order(@TempDir Path dir) throws Exception {
        JsonNode doc = JSON.readTree(write(Format.json, dir).toFile());
        assertEquals("xxgk-check", doc.path("tool").path("name").asText());
        assertEquals(N, doc.path("results").size());
        for (int i = 0; i < N; i++) assertEquals(String.format("batch/%05d.txt", i), doc.path("results").get(i).path("file").asText());
    }

    @Test
    void jsonl_prints_one_parsable_line_per_result(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(write(Format.jsonl, dir), StandardCharsets.UTF_8);
        assertEquals(N, lines.size());
        for (int i = 0; i < N; i += 97) assertEquals(String.format("batch/%05d.txt", i), JSON.readTree(lines.get(i)).path("file").asText());
    }

    @Test
    void sarif_spooled_past_memory_is_one_valid_document(@TempDir Path dir) throws Exception {
        // Three findings a report: several megabytes of results, more than a spool keeps in memory.
        JsonNode run = JSON.readTree(write(Format.sarif, dir).toFile()).path("runs").get(0);
        int readable = N - N / 10;
        assertEquals(3, run.path("tool").path("driver").path("rules").size());
        assertEquals(readable * 3, run.path("results").size());
        assertEquals(N, run.path("invocations").get(0).path("toolExecutionNotifications").size());
        assertEquals(readable, run.path("properties").path("reports").size());
        assertEquals("batch/00000.txt", run.path("results").get(0).path("locations").get(0).path("physicalLocation")
            .path("artifactLocation").path("uri").asText());
        assertEquals(String.format("batch/%05d.txt", N - 1), run.path("properties").path("reports").get(readable - 1).path("file").asText());
    }

    @Test
    void sarif_and_json_print_the_same_document_as_one_whole_serialisation() throws Exception {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) results.add(result(i));
        StringWriter json = new StringWriter();
        Format.json.write(results, List.of(), json);
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        Map<String, Object> tool = new java.util.LinkedHashMap<>();
        tool.put("name", "xxgk-check");
        tool.put("version", org.xxgkcheck.model.Tool.VERSION);
        doc.put("tool", tool);
        doc.put("results", results);
        assertEquals(JsonWriter.MAPPER.writeValueAsString(doc) + System.lineSeparator(), json.toString(),
            "the streamed document is the whole document serialised at once");
        StringWriter sarif = new StringWriter();
        Format.sarif.write(results, List.of(), sarif);
        String text = sarif.toString();
        assertEquals(JsonWriter.MAPPER.writeValueAsString(JSON.readTree(text)) + System.lineSeparator(), text,
            "the spooled sections are indented as a whole-document serialisation would indent them");
    }

    @Test
    void html_and_text_list_every_result(@TempDir Path dir) throws Exception {
        String html = Files.readString(write(Format.html, dir), StandardCharsets.UTF_8);
        assertEquals(N, html.split("<section class=\"report\"", -1).length - 1);
        int first = html.indexOf("<section class=\"report\"");
        assertTrue(html.indexOf("<a href=\"#r1\">") < first, "the ranked table comes first");
        for (int i = 0; i < N; i += 200) {
            assertTrue(html.indexOf("<section class=\"report\" id=\"r" + (i + 1) + "\">\n<h2>某镇人民政府 <span class=\"file\">"
                + String.format("batch/%05d.txt", i)) >= first, "section " + i + " in batch order");
        }
        assertTrue(html.endsWith("</script>\n</body></html>\n"), "the page is closed");
        String text = Files.readString(write(Format.text, dir), StandardCharsets.UTF_8);
        assertTrue(text.strip().endsWith("共 " + N + " 个文件，" + (N - N / 10) + " 份报告完成检查，" + N / 10 + " 个文件无法读取。"), text.substring(text.length() - 200));
    }

    @Test
    void xlsx_of_two_thousand_results_has_every_file_ranked_and_every_finding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.xlsx");
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file));
             ResultWriter w = Format.xlsx.open(out, Run.NONE)) {
            w.begin();
            for (int i = 0; i < N; i++) w.result(result(i));
            w.end(List.of());
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            int readable = N - N / 10;
            assertEquals(N, book.getSheet("排名").getLastRowNum());
            assertEquals(readable * 3, book.getSheet("发现").getLastRowNum());
            assertEquals("batch/00000.txt", book.getSheet("发现").getRow(1).getCell(0).getStringCellValue());
            // Every readable report scores 85: one shared first place, the unreadable ones after it without a place.
            assertEquals(1.0, book.getSheet("排名").getRow(readable).getCell(0).getNumericCellValue());
            assertEquals(null, book.getSheet("排名").getRow(readable + 1).getCell(0));
        }
    }

    @Test
    void a_spool_gives_back_the_same_text_from_memory_and_from_its_file() throws Exception {
        StringBuilder expected = new StringBuilder();
        try (Spool small = new Spool(16); Spool large = new Spool()) {
            for (int i = 0; i < 500; i++) {
                String piece = "第" + i + "段，中文与 ASCII 混排。\n";
                expected.append(piece);
                small.writer.write(piece);
                large.writer.write(piece.toCharArray());
            }
            StringBuilder fromFile = new StringBuilder();
            StringBuilder fromMemory = new StringBuilder();
            small.copyTo(fromFile::append, 1);
            large.copyTo(fromMemory::append, 1);
            assertEquals(expected.substring(1), fromFile.toString());
            assertEquals(expected.substring(1), fromMemory.toString());
        }
    }
}
