package org.xxgkcheck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;

/** --format xlsx on the fixture batch, read back with POI: the sheets, their frozen headers and filters, the ranking, every finding. */
class XlsxWriterTest {
    private static final DataFormatter TEXT = new DataFormatter(java.util.Locale.ROOT);
    private static XSSFWorkbook book;

    @BeforeAll
    static void write() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Run run = new Run("0.1.0", TestRules.book().hash(), "发布前把关", LocalDate.of(2026, 1, 5));
        try (ResultWriter w = Format.xlsx.open(bytes, run)) {
            w.begin();
            for (CheckResult r : FixtureBatch.results()) w.result(r);
            w.end(List.of());
        }
        book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> out = new ArrayList<>();
        int width = sheet.getRow(0).getLastCellNum();
        for (Row r : sheet) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                Cell c = r.getCell(i);
                row.add(c == null ? "" : TEXT.formatCellValue(c));
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void four_sheets_each_with_a_frozen_header_a_filter_and_widths_for_chinese() throws Exception {
        assertEquals(List.of("排名", "发现", "规则", "说明"), List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
        for (int i = 0; i < 4; i++) {
            XSSFSheet s = book.getSheetAt(i);
            PaneInformation pane = s.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane(), s.getSheetName());
            assertEquals(1, pane.getHorizontalSplitPosition(), s.getSheetName() + ": the header row is frozen");
            String ref = s.getCTWorksheet().getAutoFilter().getRef();
            int columns = s.getRow(0).getLastCellNum();
            assertEquals("A1:" + (char) ('A' + columns - 1) + (s.getLastRowNum() + 1), ref, s.getSheetName() + ": a filter over every row and column");
            assertTrue(s.getRow(0).getCell(0).getCellStyle().getFont().getBold(), "bold header");
        }
        XSSFSheet ranking = book.getSheet("排名");
        // 机关 (column C): "洪泽区人民政府" and longer names, two width units a Chinese character.
        int longest = 0;
        for (CheckResult r : FixtureBatch.results()) longest = Math.max(longest, r.report().organ() == null ? 0 : r.report().organ().length());
        assertTrue(ranking.getColumnWidth(2) >= 2 * longest * 256, "机关 fits its longest name: " + ranking.getColumnWidth(2));
        assertTrue(ranking.getColumnWidth(2) <= 62 * 256, "no column wider than the cap");
    }

    @Test
    void the_summary_sheet_ranks_by_score_and_lists_the_unreadable_file_last_with_its_reason() throws Exception {
        List<List<String>> rows = rows(book.getSheet("排名"));
        assertEquals(List.of("名次", "文件", "机关", "机关类型", "年度", "表格格式", "得分", "等级", "数据需更正", "错误", "警告", "提示", "主要问题",
            "无法读取的原因"), rows.get(0));
        assertEquals(FixtureBatch.files().size() + 1, rows.size());
        double last = 101;
        int lastRank = 0;
        for (int i = 1; i < rows.size() - 1; i++) {
            double score = Double.parseDouble(rows.get(i).get(6));
            int rank = Integer.parseInt(rows.get(i).get(0));
            assertTrue(score <= last, "ranked by score: row " + i);
            assertEquals(score == last ? lastRank : i, rank, "row " + i + ": ties share a place");
            last = score;
            lastRank = rank;
        }
        assertEquals(List.of("1", "fixtures/reports/pingtan-jiaotongjiansheju-2023.html", "平潭综合实验区交通与建设局", "政府部门", "2023",
            "2021 年格式", "100", "优秀", "否", "0", "0", "0", "", ""), rows.get(1));
        List<String> missing = rows.get(rows.size() - 1);
        assertEquals("", missing.get(0));
        assertEquals(FixtureBatch.MISSING, missing.get(1));
        assertEquals("无法读取", missing.get(7));
        assertEquals("文件不存在", missing.get(13));
    }

    @Test
    void the_findings_sheet_has_every_finding_with_its_place_text_and_numbers() throws Exception {
        List<List<String>> rows = rows(book.getSheet("发现"));
        assertEquals(XlsxWriter.FINDING_HEADER, rows.get(0));
        int findings = FixtureBatch.results().stream().mapToInt(r -> r.findings().size() + r.waived().size()).sum();
        assertEquals(findings + 1, rows.size());
        List<String> expected = List.of("fixtures/reports/hongze-district-2023.pdf", "洪泽区人民政府", "错误", "T4-SUM",
            "表四每组：总计应等于结果维持、结果纠正、其他结果、尚未审结之和", "第四部分·表四·行政复议·总计·第4页第21行", "QUOTE",
            "“行政复议”：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，总计为 0。", "11", "0", "2", "国办公开办函〔2021〕30号 表四", "");
        // The quote is the table row as printed (the reader's quote); every other column as stated.
        assertTrue(rows.stream().anyMatch(r -> r.size() == expected.size() && !r.get(6).isBlank()
                && java.util.stream.IntStream.range(0, r.size()).allMatch(i -> i == 6 || r.get(i).equals(expected.get(i)))),
            "the T4-SUM row of hongze 2023");
        List<String> balance = rows.stream().filter(r -> r.get(3).equals("T3-BALANCE") && r.get(5).contains("自然人")).findFirst().orElseThrow();
        assertEquals(List.of("第三部分·表三·（七）总计·自然人·第329行", "7", "6"), List.of(balance.get(5), balance.get(8), balance.get(9)));
        // A narrative finding at one paragraph quotes it.
        List<String> apps = rows.stream().filter(r -> r.get(0).endsWith("T3-SUM-partial-not-in-total.txt") && r.get(3).equals("CON-APPS"))
            .findFirst().orElseThrow();
        assertEquals("2023年，临江镇线上受理依申请公开0件，线下受理依申请公开5件。", apps.get(6));
        assertEquals("第一部分·第9行", apps.get(5));
    }

    @Test
    void the_rules_sheet_counts_findings_and_reports_per_rule() throws Exception {
        List<List<String>> rows = rows(book.getSheet("规则"));
        assertEquals(XlsxWriter.RULE_HEADER, rows.get(0));
        Map<String, int[]> expected = new java.util.HashMap<>();
        for (CheckResult r : FixtureBatch.results()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Finding f : r.findings()) {
                int[] c = expected.computeIfAbsent(f.ruleId(), k -> new int[2]);
                c[1]++;
                if (seen.add(f.ruleId())) c[0]++;
            }
        }
        assertEquals(expected.size() + 1, rows.size());
        int lastReports = Integer.MAX_VALUE;
        for (List<String> row : rows.subList(1, rows.size())) {
            int[] c = expected.get(row.get(0));
            assertEquals(c[0] + "/" + c[1], row.get(4) + "/" + row.get(5), row.get(0));
            assertTrue(Integer.parseInt(row.get(4)) <= lastReports, "most widespread first");
            lastReports = Integer.parseInt(row.get(4));
        }
        // hongze 2023 (two groups) and the T4-SUM case (one), two points each.
        assertEquals(List.of("T4-SUM", "错误", "表四每组：总计应等于结果维持、结果纠正、其他结果、尚未审结之和", "国办公开办函〔2021〕30号 表四", "2", "3", "6"),
            rows.stream().filter(r -> r.get(0).equals("T4-SUM")).findFirst().orElseThrow());
    }

    @Test
    void the_about_sheet_says_how_the_check_was_run() {
        List<List<String>> rows = rows(book.getSheet("说明"));
        assertTrue(rows.contains(List.of("规则集", TestRules.book().hash())), rows.toString());
        assertTrue(rows.contains(List.of("规则方案", "发布前把关")));
        assertTrue(rows.contains(List.of("检查日期", "2026-01-05")));
        assertTrue(rows.contains(List.of("无法读取", "1")));
    }
}
