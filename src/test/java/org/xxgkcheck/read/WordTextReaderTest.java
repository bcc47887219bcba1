package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quirks of Word-exported text, each as the samples show it. */
class WordTextReaderTest {

    private static List<Document.Grid> grids(String text) {
        return WordTextReader.read(text, TestDocs.outline()).blocks().stream()
            .filter(b -> b instanceof Document.Grid).map(b -> (Document.Grid) b).toList();
    }

    @Test
    void cells_after_tabs_and_rows_split_by_blank_lines() {
        Document.Grid g = grids("表\n\t规章\n\t0\n\t1\n\n\t行政规范性文件\n\t2\n\t3\n").get(0);
        assertEquals(List.of("规章", "0", "1"), g.rows().get(0).cells());
        assertEquals(List.of("行政规范性文件", "2", "3"), g.rows().get(1).cells());
        assertEquals(2, g.rows().get(0).line());
    }

    @Test
    void a_wrapped_cell_continues_on_the_next_line_without_tab() {
        Document.Grid g = grids("x\n\t\n\t\n\t商业\n企业\n\t科研\n机构\n").get(0);
        assertEquals(List.of("", "", "商业企业", "科研机构"), g.rows().get(0).cells());
    }

    /** 001 一平垣乡: "\t\n\n\n(五 )不\n予处理\n\t1.信访举报投诉类申请" — the label wraps after blank lines. */
    @Test
    void a_label_wrapped_after_blank_lines_stays_in_its_row() {
        Document.Grid g = grids("x\n\t\n\t\n\n\n(五 )不\n予处理\n\t1.信访举报投诉类申请\n\t0\n").get(0);
        assertEquals(1, g.rows().size());
        assertEquals(List.of("", "(五 )不予处理", "1.信访举报投诉类申请", "0"), g.rows().get(0).cells());
    }

    @Test
    void an_empty_cell_is_a_lone_tab() {
        Document.Grid g = grids("x\n\t行政许可\n\t\n").get(0);
        assertEquals(List.of("行政许可", ""), g.rows().get(0).cells());
    }

    @Test
    void a_part_heading_after_a_table_ends_it_even_when_short() {
        Document d = WordTextReader.read("\t0\n\t0\n4、 政府信息公开行政复议、行政诉讼情况\n\t行政复议\n", TestDocs.outline());
        assertTrue(d.blocks().get(1) instanceof Document.Text t && t.text().startsWith("4、"));
        assertEquals(3, d.blocks().size());
    }

    @Test
    void export_debris_is_removed_and_remembered() {
        Document d = WordTextReader.read("5、 [bookmark: _GoBack]存在的主要问题及改进情况\n", TestDocs.outline());
        assertEquals("5、 存在的主要问题及改进情况", ((Document.Text) d.blocks().get(0)).text());
        assertEquals("[bookmark: _GoBack]", d.artifacts().get(0).text());
        assertEquals(1, d.artifacts().get(0).line());
    }
}
