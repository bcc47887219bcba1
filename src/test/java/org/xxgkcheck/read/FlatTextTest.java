package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;

/**
 * A report pasted with its line breaks lost (the whole text on one line) reads like the report itself: same
 * title, organ, parts, tables and findings (line numbers aside). Not recovered, and so not tested: tab-separated
 * rows joined with nothing at all. There a row's last number and the next row's label run together and, worse,
 * the last header cell runs into the first row label ("信息内容\t本年处理决定数量行政许可\t0"); nothing in the
 * text tells where one cell ends, so table 二 cannot be rebuilt honestly and is reported unreadable instead.
 */
class FlatTextTest {
    private static final List<String> SAMPLES = List.of(
        "000_e0ddddd15fe580f0.txt", "001_1c75b920f5f07581.txt", "002_78c6de2d06af13f2.txt", "003_3e6aefe5f9afa9b8.txt");

    @Test
    void the_word_export_joined_with_spaces_gives_the_same_findings() throws Exception {
        for (String sample : SAMPLES) same(sample, original(sample), " ");
    }

    @Test
    void the_word_export_joined_without_anything_gives_the_same_findings() throws Exception {
        // Each cell of Word's export starts with a tab, so the cells stay apart even with nothing between lines.
        for (String sample : SAMPLES) same(sample, original(sample), "");
    }

    @Test
    void tab_separated_rows_joined_with_spaces_give_the_findings_of_the_report() throws Exception {
        // Compared with the report itself: in 001 the tab-separated copy loses the 勾稽关系 note (a long one-cell
        // row becomes a paragraph there), which the flattened copy reads back as the table's header.
        for (String sample : SAMPLES) same(sample, original(sample), tabSeparated(sample), " ");
    }

    @Test
    void a_text_with_its_line_breaks_is_left_alone() throws Exception {
        for (String sample : SAMPLES) {
            String text = original(sample);
            assertFalse(FlatText.lostLineBreaks(text), sample);
            assertEquals(text, FlatText.restore(text, TestDocs.outline()));
        }
    }

    @Test
    void a_table_pasted_on_one_line_becomes_rows() {
        List<String> rows = FlatTable.rows(List.of(
            "申请人情况", "自然人", "总计", "一、本年新收政府信息公开申请数量", "5", "0", "5",
            "二、上年结转政府信息公开申请数量", "0", "0", "0", "（三）不予公开", "1.属于国家秘密", "0", "0", "0"));
        assertEquals(List.of("申请人情况\t自然人\t总计", "一、本年新收政府信息公开申请数量\t5\t0\t5",
            "二、上年结转政府信息公开申请数量\t0\t0\t0", "\t（三）不予公开", "1.属于国家秘密\t0\t0\t0"), rows);
    }

    @Test
    void headings_run_into_their_text_are_found() {
        String flat = "一、总体情况本镇认真落实条例。五、存在的主要问题及改进情况（一）存在问题。六、其他需要报告的事项无其他需要报告的事项。";
        List<String> lines = FlatText.cut(flat, false, TestDocs.outline());
        assertTrue(lines.contains("一、总体情况"), lines.toString());
        assertTrue(lines.contains("五、存在的主要问题及改进情况"), lines.toString());
        assertTrue(lines.contains("六、其他需要报告的事项"), lines.toString());
        assertTrue(lines.contains("（一）存在问题。"), lines.toString());
    }

    private static void same(String sample, String lines, String joiner) {
        same(sample, lines, lines, joiner);
    }

    private static void same(String sample, String report, String lines, String joiner) {
        String flat = String.join(joiner, lines.split("\r\n|\r|\n", -1));
        assertTrue(FlatText.lostLineBreaks(flat), sample);
        CheckResult a = TestRules.checker().check(sample, report.getBytes(StandardCharsets.UTF_8));
        CheckResult b = TestRules.checker().check(sample, flat.getBytes(StandardCharsets.UTF_8));
        String what = sample + " joined with \"" + joiner + "\"";
        assertEquals(a.report(), b.report(), what);
        assertEquals(signatures(a.findings()), signatures(b.findings()), what);
        assertEquals(a.problems().size(), b.problems().size(), what + ": " + b.problems());
    }

    private static String original(String sample) throws Exception {
        return Files.readString(Path.of("fixtures/reports", sample), StandardCharsets.UTF_8);
    }

    /** The report with every table row on one tab-separated line (as copied from a web page or a spreadsheet). */
    private static String tabSeparated(String sample) throws Exception {
        StringBuilder flat = new StringBuilder();
        for (Document.Block b : WordTextReader.read(original(sample), TestDocs.outline()).blocks()) {
            if (b instanceof Document.Text t) flat.append(t.text()).append('\n');
            else for (Document.Row r : ((Document.Grid) b).rows()) flat.append(String.join("\t", r.cells())).append('\n');
        }
        return flat.toString();
    }

    /** Export debris is dropped by the tab-separated copy, so SEC-ARTIFACTS is left out of every comparison. */
    private static List<String> signatures(List<Finding> findings) {
        return findings.stream().filter(f -> !f.ruleId().equals("SEC-ARTIFACTS")).map(f -> f.ruleId() + " " + f.severity() + " " + f.location().part() + " "
            + f.location().table() + " " + f.location().row() + " " + f.location().column()).sorted().toList();
    }
}
