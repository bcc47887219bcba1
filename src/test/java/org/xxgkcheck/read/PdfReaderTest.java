package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.understand.ReportReader;

class PdfReaderTest {

    private static ReportReader.Parsed huaian;
    private static Document huaianDoc;

    @BeforeAll
    static void read() throws Exception {
        byte[] bytes = TestDocs.fixture("reports/huaian-city-2024.pdf");
        huaian = ReportReader.read("huaian.pdf", bytes, org.xxgkcheck.check.TestRules.book().data().templates());
        huaianDoc = PdfReader.read(bytes, Limits.DEFAULT, TestDocs.outline());
    }

    @Test
    void rows_are_rebuilt_by_baseline_and_columns_by_position() {
        Map<String, List<String>> rows = TestDocs.rows(huaian);
        assertEquals(List.of("3001", "53", "0", "0", "61", "4", "3119"), rows.get("T3.NEW"));
        assertEquals(List.of("2932", "53", "0", "0", "61", "4", "3050"), rows.get("T3.TOTAL_RES"));
        assertEquals(List.of("1", "0", "11"), rows.get("T2.REG"));
        assertEquals(List.of("96171.6"), rows.get("T2.FEE"));
        assertEquals(List.of("72", "64", "178", "37", "351"), rows.get("T4.RV"));
        assertEquals(List.of("12", "1", "1", "6", "20"), rows.get("T4.LR"));
        assertEquals(175, TestDocs.cellCount(huaian, "T3"));
        assertTrue(huaian.problems().isEmpty(), huaian.problems().toString());
    }

    @Test
    void labels_wrapped_over_several_lines_are_joined_and_tables_run_across_pages() {
        List<Document.Row> t3 = TestDocs.grids(huaianDoc).get(1).rows();
        assertTrue(t3.stream().anyMatch(r -> r.cells().contains("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
            && r.cells().subList(r.cells().size() - 7, r.cells().size()).equals(List.of("67", "3", "0", "0", "1", "0", "71"))));
        assertTrue(t3.stream().anyMatch(r -> r.cells().contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")));
        // 本机关不掌握 is the last row of page 4, 没有现成信息 the first of page 5: one grid, both rows.
        assertEquals(List.of("11", "0", "0", "0", "0", "0", "11"), TestDocs.rows(huaian).get("T3.UNABLE_2"));
        assertEquals(List.of("746", "12", "0", "0", "10", "1", "769"), TestDocs.rows(huaian).get("T3.UNABLE_1"));
    }

    @Test
    void page_numbers_are_removed_and_paragraphs_continue_across_pages() {
        List<String> texts = TestDocs.texts(huaianDoc);
        assertFalse(texts.stream().anyMatch(t -> t.matches("-\\s*\\d+\\s*-")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("一流营商环境高质量推进产业发展")), "paragraph split by page 1's footer");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), TestDocs.parts(huaian));
        assertTrue(texts.contains("一、总体情况"));
    }

    @Test
    void a_cell_left_blank_keeps_its_column_and_a_row_printed_on_two_baselines_is_one_row() throws Exception {
        ReportReader.Parsed p = ReportReader.read("minimal.pdf", TestDocs.fixture("formats/minimal.pdf"), org.xxgkcheck.check.TestRules.book().data().templates());
        Map<String, List<String>> rows = TestDocs.rows(p);
        assertEquals(List.of("0", "", "0", "0", "0", "0", "0"), rows.get("T3.DENY_5"));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), rows.get("T3.PARTIAL"));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), rows.get("T3.OTHER_2"));
    }

    @Test
    void a_misprinted_label_still_names_its_row() throws Exception {
        ReportReader.Parsed p = ReportReader.read("hz.pdf", TestDocs.fixture("reports/hongze-district-2023.pdf"), org.xxgkcheck.check.TestRules.book().data().templates());
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), TestDocs.rows(p).get("T3.DENY_2"));
        assertEquals(List.of("10", "1", "0", "0", "0"), TestDocs.rows(p).get("T4.RV"));
        assertEquals(161, TestDocs.cellCount(p, "T3"));
    }

    @Test
    void running_headers_and_page_numbers_are_furniture() {
        List<PdfText.Line> lines = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            lines.add(line(page, 1, 40, "示例县人民政府办公室文件"));
            lines.add(line(page, 2, 120, "正文第" + page + "页的第一行"));
            lines.add(line(page, 3, 400, "12"));
            lines.add(line(page, 4, 800, "第 " + page + " 页 共 3 页"));
        }
        List<PdfText.Line> kept = PdfFurniture.remove(lines, Map.of(1, 842f, 2, 842f, 3, 842f));
        assertEquals(List.of("正文第1页的第一行", "12", "正文第2页的第一行", "12", "正文第3页的第一行", "12"),
            kept.stream().map(PdfText.Line::text).toList());
    }

    private static PdfText.Line line(int page, int number, float y, String text) {
        return new PdfText.Line(page, number, y, y, List.of(new PdfText.Piece(72, 72 + 12 * text.length(), y, 12, text)));
    }
}
