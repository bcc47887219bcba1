package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.read.TestDocs;
import org.xxgkcheck.read.WordTextReader;

class OutlineTest {

    private static List<Integer> parts(String text) {
        return TestDocs.outline().find(WordTextReader.read(text, TestDocs.outline())).stream().map(Outline.Heading::part).toList();
    }

    @Test
    void canonical_and_variant_headings_are_found() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), parts(String.join("\n",
            "1、 总体情况", "正文。", "二、政府主动公开信息情况", "三、行政机关收到和处理政府信息公开申请情况",
            "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "五、主要问题和改进情况", "6、 其他需要报告的事项")));
    }

    /** 002 里仁镇: "（一）主动公开政府信息情况" inside part 一 names part 二's topic but carries number 1. */
    @Test
    void a_numbered_sub_heading_is_not_taken_for_another_part() {
        assertEquals(List.of(1, 2), parts("1、 总体情况\n（一）主动公开政府信息情况\n正文\n二、政府主动公开信息情况\n"));
    }

    @Test
    void sentences_that_mention_parts_are_not_headings() {
        assertEquals(List.of(), parts("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分。\n"));
        assertEquals(List.of(), parts("1.建立健全工作机制。镇政府高度重视政府信息公开工作。\n"));
    }

    @Test
    void the_heading_keeps_its_numbering_as_written() {
        Outline.Heading h = TestDocs.outline().find(WordTextReader.read("x\n5、 政府信息公开工作存在的主要问题及改进情况\n", TestDocs.outline())).get(0);
        assertEquals(5, h.part());
        assertEquals("5、", h.numbering());
        assertEquals(2, h.line());
    }
}
