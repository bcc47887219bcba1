package org.xxgkcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One way to say a place in Chinese, for every format's counting, and the short quotes beside it. */
class LocationTextTest {
    private static Location at(int position) { return Location.at(3, "T3", "TOTAL_RES", "NP", position).withPath("第三部分·表三·（七）总计·自然人"); }

    @Test
    void a_pdf_position_is_said_as_page_and_line_never_as_one_number() {
        Places pdf = new Places(Places.Counting.PAGE_LINES, Map.of(3024, "（七）总计 5 0 0 0 0 0 5"), Map.of(), Map.of(), null);
        Location l = pdf.resolve(at(3024));
        assertEquals(3, l.page());
        assertEquals(24, l.line());
        assertNull(l.paragraph());
        assertEquals("第三部分·表三·（七）总计·自然人·第3页第24行", LocationText.place(l));
        assertEquals("“（七）总计 5 0 0 0 0 0 5”", LocationText.quote(l), "a cell is quoted by its row as printed");
    }

    @Test
    void docx_and_html_positions_are_paragraphs_and_html_keeps_its_source_line() {
        Location docx = new Places(Places.Counting.PARAGRAPHS, Map.of(), Map.of(), Map.of(), null).resolve(at(12));
        assertEquals(12, docx.paragraph());
        assertNull(docx.line(), "a DOCX has no lines");
        assertEquals("第12段", LocationText.position(docx));
        Location html = new Places(Places.Counting.PARAGRAPHS, Map.of(12, "本年度共收到申请 5 件。"), Map.of(12, 10), Map.of(), null).resolve(at(12));
        assertEquals(10, html.line(), "the source line is kept for tools that open the file");
        assertEquals("第三部分·表三·（七）总计·自然人·第12段", LocationText.place(html), "but a page of one long line is said by paragraph");
        assertEquals("本年度共收到申请 5 件。", html.quote());
    }

    @Test
    void text_lines_stay_lines_and_nothing_known_is_the_whole_report() {
        Location txt = Places.LINES.resolve(Location.at(6, null, null, null, 411));
        assertEquals("第六部分·第411行", LocationText.place(txt));
        assertEquals("全文", LocationText.place(Location.NONE));
        assertEquals("", LocationText.quote(Location.NONE));
    }

    @Test
    void a_finding_about_a_whole_part_is_placed_at_its_heading_a_missing_part_nowhere() {
        Places pdf = new Places(Places.Counting.PAGE_LINES, Map.of(5043, "五、存在的主要问题及改进情况"), Map.of(), Map.of(5, 5043), 1001);
        Location part5 = pdf.resolve(Location.at(5, null, null, null, null));
        assertEquals("第五部分·第5页第43行", LocationText.place(part5));
        assertEquals("五、存在的主要问题及改进情况", part5.quote());
        Location missing = pdf.resolve(Location.at(4, null, null, null, null));
        assertEquals("第四部分", LocationText.place(missing));
        assertNull(missing.quote());
    }

    @Test
    void quotes_are_short_squeezed_and_centred_on_the_words_that_matter() {
        assertEquals("第一段 第二段", Quote.of("  第一段\n\t第二段　"));
        String longText = "本机关".repeat(30) + "依申请公开工作扎实推进" + "其他内容".repeat(20);
        String q = Quote.of(longText);
        assertEquals(Quote.MAX, q.length());
        assertTrue(q.endsWith("…"));
        String around = Quote.around(longText, "依申请公开");
        assertTrue(around.contains("依申请公开工作扎实推进"), around);
        assertTrue(around.length() <= Quote.MAX, around);
        assertTrue(around.startsWith("…") && around.endsWith("…"), around);
        // A character outside the basic plane (two chars in Java) is never cut in half.
        String rare = "𠀀".repeat(40);
        String cut = Quote.of(rare);
        assertTrue(cut.codePoints().allMatch(c -> c == 0x20000 || c == '…'), cut);
    }
}
