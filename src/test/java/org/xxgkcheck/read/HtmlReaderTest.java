package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.understand.ReportReader;

class HtmlReaderTest {

    private static final String PARTS = "<p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p><p>无。</p>";

    @Test
    void word_html_spans_nbsp_and_o_p_give_clean_headings_and_cells() throws Exception {
        String html = "<html><body><div class=WordSection1>"
            + "<p class=MsoNormal><b><span style='font-family:黑体'>一、总体情况</span></b><span lang=EN-US>&nbsp;&nbsp;<o:p></o:p></span></p>"
            + "<p class=MsoNormal><span>2023</span><span>年，本镇<o:p></o:p></span></p>"
            + "<table class=MsoNormalTable><tr><td><p class=MsoNormal>商业<o:p></o:p></p><p class=MsoNormal>企业</p></td>"
            + "<td><p class=MsoNormal><span lang=EN-US>&nbsp;12&nbsp;<o:p></o:p></span></p></td><td><p>&nbsp;</p></td></tr></table>"
            + "<p class=MsoNormal>六、其他需要报告的事项<o:p></o:p></p></div></body></html>";
        Document doc = HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), TestDocs.outline());
        List<String> texts = TestDocs.texts(doc);
        assertEquals("一、总体情况", texts.get(0));
        assertEquals("2023年，本镇", texts.get(1));
        assertEquals(List.of("商业企业", "12", ""), TestDocs.grids(doc).get(0).rows().get(0).cells());
    }

    @Test
    void gbk_page_declared_by_meta_charset_is_decoded() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
            + PARTS + "<p>镕（GBK 字）</p></body></html>";
        byte[] gbk = html.getBytes(Charset.forName("GBK"));
        assertEquals("GB18030", HtmlCharset.decode(gbk).charset());
        Document doc = HtmlReader.read(gbk, TestDocs.outline());
        assertTrue(TestDocs.texts(doc).contains("镕（GBK 字）"), TestDocs.texts(doc).toString());
    }

    @Test
    void undeclared_gb18030_is_detected_and_utf8_bom_wins() throws Exception {
        byte[] gb = ("<html><body>" + PARTS + "</body></html>").getBytes(Charset.forName("GB18030"));
        assertEquals("GB18030", HtmlCharset.decode(gb).charset());
        byte[] bom = ("\uFEFF<html><head><meta charset=gbk></head><body>" + PARTS + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8", HtmlCharset.decode(bom).charset());
        assertEquals("一、总体情况", TestDocs.texts(HtmlReader.read(bom, TestDocs.outline())).get(0));
    }

    @Test
    void a_whole_page_keeps_the_article_and_drops_navigation_scripts_and_footer() throws Exception {
        Document doc = HtmlReader.read(TestDocs.fixture("formats/minimal.html"), TestDocs.outline());
        List<String> texts = TestDocs.texts(doc);
        assertEquals("示例县人民政府2023年政府信息公开工作年度报告", texts.get(0));
        String all = String.join("\n", texts);
        for (String junk : List.of("首页", "当前位置", "分享到", "打印本页", "版权所有", "document.write", "font-family")) {
            assertFalse(all.contains(junk), junk + " should be dropped: " + all);
        }
        assertEquals(3, TestDocs.grids(doc).size());
    }

    @Test
    void rowspan_colspan_tables_of_a_real_page_read_into_template_cells() throws Exception {
        ReportReader.Parsed p = ReportReader.read("x.html", TestDocs.fixture("reports/pingtan-zone-2019.html"), org.xxgkcheck.check.TestRules.book().data().templates());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), TestDocs.parts(p));
        Map<String, List<String>> rows = TestDocs.rows(p);
        assertEquals(List.of("23", "0", "0", "0", "0", "0", "23"), rows.get("T3.NEW"));
        assertEquals(List.of("7", "0", "0", "0", "0", "0", "7"), rows.get("T3.OPEN"));
        assertEquals(List.of("135", "75394432.52元"), rows.get("T2.PROC"));
        assertEquals(161, TestDocs.cellCount(p, "T3"));
        assertEquals(15, TestDocs.cellCount(p, "T4"));
    }

    @Test
    void a_blank_cell_stays_in_its_column() throws Exception {
        ReportReader.Parsed p = ReportReader.read("x.html", TestDocs.fixture("reports/pingtan-jinjing-pianqu-2022.html"), org.xxgkcheck.check.TestRules.book().data().templates());
        assertEquals(List.of("0", "", "0", "0", "0", "0", "0"), TestDocs.rows(p).get("T3.CARRY_OUT"));
        assertEquals(List.of("1", "0", "7"), TestDocs.rows(p).get("T2.NORM"));
    }

    @Test
    void a_page_without_a_report_is_refused_with_a_reason() {
        String page = "<html><head><title>政府信息公开年报栏目</title></head><body><ul class=nav><li>首页</li></ul>"
            + "<ul class=list><li><a href=1.html>2023年政府信息公开工作年度报告</a></li></ul></body></html>";
        NotReadable e = assertThrows(NotReadable.class, () -> HtmlReader.read(page.getBytes(StandardCharsets.UTF_8), TestDocs.outline()));
        assertTrue(e.getMessage().startsWith("网页中找不到年度报告正文"), e.getMessage());
    }
}
