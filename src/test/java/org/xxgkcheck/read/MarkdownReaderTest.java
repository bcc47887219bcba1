package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    @Test
    void pipe_tables_become_grids_without_separator_rows() {
        Document d = MarkdownReader.read("二、主动公开\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n");
        Document.Grid g = (Document.Grid) d.blocks().get(1);
        assertEquals(List.of(List.of("信息内容", "本年制发件数"), List.of("规章", "0")),
            g.rows().stream().map(Document.Row::cells).toList());
        assertEquals(3, g.line());
    }

    @Test
    void a_table_split_by_a_blank_line_gives_two_grids() {
        Document d = MarkdownReader.read("| a | 1 |\n|---|---|\n\n| b | 2 |\n|---|---|\n");
        assertEquals(2, d.blocks().size());
    }

    @Test
    void bullets_and_heading_marks_are_dropped_from_text() {
        Document d = MarkdownReader.read("## 一、总体情况\n- 1、加强学习\n");
        assertEquals("一、总体情况", ((Document.Text) d.blocks().get(0)).text());
        assertEquals("1、加强学习", ((Document.Text) d.blocks().get(1)).text());
    }

    @Test
    void escaped_pipes_stay_in_the_cell() {
        assertEquals(List.of("a|b", "1"), MarkdownReader.splitRow("| a\\|b | 1 |"));
    }
}
