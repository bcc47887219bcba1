package org.xxgkcheck.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.understand.ReportReader;

/** The variant generator itself, on 003 (临江镇 2023: 2021 tables, 5 applications) and 004 (表三 unreadable). */
class LayoutVariantsGeneratorTest {

    static Rendition linjiang;
    static Rendition liutun;

    @BeforeAll
    static void read() throws Exception {
        linjiang = rendition("003_3e6aefe5f9afa9b8.txt");
        liutun = rendition("004_e6d10310d5a8465b.txt");
    }

    static Rendition rendition(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("fixtures/reports", file));
        return Rendition.of(file, file, bytes, ReportReader.read(file, bytes, org.xxgkcheck.check.TestRules.book().data().templates()).facts());
    }

    static String text(String variant) {
        return Variants.byId(variant).render().apply(linjiang);
    }

    static List<String> lines(String s) {
        return Arrays.asList(s.split("\n", -1));
    }

    @Test
    void rendition_has_front_matter_six_headings_and_three_tables_in_place() {
        String md = Rendition.markdown(linjiang.blocks);
        assertTrue(md.startsWith("樟树市临江镇2023年政府信息公开工作\n"), md.substring(0, 40));
        // The export debris goes back to its line, so the rendition keeps SEC-ARTIFACTS.
        assertTrue(md.contains("\n[bookmark: _GoBack]本报告依据"));
        int two = md.indexOf("\n二、行政机关主动公开政府信息情况\n");
        int t2 = md.indexOf("| 第二十条第（一）项 |");
        int three = md.indexOf("\n三、行政机关收到和处理政府信息公开申请情况\n");
        int t3 = md.indexOf("| （本列数据的勾稽关系为");
        int four = md.indexOf("\n四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n");
        int t4 = md.indexOf("| 行政复议 |");
        int five = md.indexOf("\n5、 政府信息公开工作存在的主要问题及改进情况\n");
        assertTrue(0 < two && two < t2 && t2 < three && three < t3 && t3 < four && four < t4 && t4 < five, md);
        assertTrue(md.contains("| 一、本年新收政府信息公开申请数量 |  |  | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"));
        assertTrue(md.contains("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"));
        assertTrue(linjiang.unreadable.isEmpty());
    }

    @Test
    void an_unreadable_table_is_kept_as_its_original_lines_and_not_varied() {
        assertEquals(java.util.Set.of("T3"), liutun.unreadable);
        assertFalse(liutun.readable("T3"));
        String md = Rendition.markdown(liutun.blocks);
        assertTrue(md.contains("| | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"), md);
        assertFalse(Variants.byId("f").appliesTo(liutun));
        assertFalse(Variants.byId("k").appliesTo(liutun));
        assertTrue(Variants.byId("g1").appliesTo(liutun));
    }

    @Test
    void a_removes_the_rule_row_only() {
        String md = text("a");
        assertTrue(lines(md).stream().noneMatch(l -> l.startsWith("| 规章 |")));
        assertTrue(lines(Rendition.markdown(linjiang.blocks)).stream().anyMatch(l -> l.startsWith("| 规章 |")));
        assertTrue(md.contains("| 行政规范性文件 | 0 | 0 | 0 |"));
    }

    @Test
    void b_prints_the_typos() {
        String md = text("b");
        assertTrue(md.contains("| 先行有效件数 |"));
        assertTrue(md.contains("| 本年废止件 |"));
        assertTrue(md.contains("| 行政法复议 |"));
        assertFalse(md.contains("结果维持"));
        assertEquals(3, md.split("结果维护", -1).length - 1);
    }

    @Test
    void c_varies_the_headings() {
        assertTrue(text("c1").contains("\n二、行政机关主动公开政府信息情况（有关情况附表）\n"));
        String c2 = text("c2");
        assertTrue(c2.contains("\n一总体情况\n"));
        assertTrue(c2.contains("\n五政府信息公开工作存在的主要问题及改进情况\n"));
        assertTrue(text("c3").contains("\n六、其他需报告的事项\n"));
        assertTrue(text("c4").contains("\n六、需要说明的其他事项与附表\n"));
    }

    @Test
    void d_puts_part_six_with_its_content_before_part_five() {
        String md = text("d");
        int fee = md.indexOf("\n五、信息处理费收取情况\n");
        int feeText = md.indexOf("按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉");
        int problems = md.indexOf("\n六、存在的主要问题及改进措施\n");
        int problemsText = md.indexOf("（一）存在问题。");
        assertTrue(0 < fee && fee < feeText && feeText < problems && problems < problemsText, md);
        assertFalse(md.contains("其他需要报告的事项\n"));
    }

    @Test
    void e_is_one_line_without_pipes() {
        String txt = text("e");
        assertFalse(txt.contains("\n"));
        assertFalse(txt.contains("|"));
        assertTrue(txt.contains("一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0"));
        assertTrue(txt.contains("[bookmark: _GoBack]"));
    }

    @Test
    void f_cuts_table_three_in_seven_small_tables_with_generic_headers() {
        String md = text("f");
        assertEquals(7, md.split("\\| 项目 \\| 数据1 \\| 数据2 \\| 数据3 \\| 数据4 \\| 数据5 \\| 数据6 \\| 总计 \\|", -1).length - 1);
        assertTrue(md.contains("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |"));
        assertTrue(md.contains("| 三、本年度办理结果 （一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"));
        assertTrue(md.contains("| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"));
    }

    @Test
    void g_splits_or_flattens_table_four() {
        String g1 = text("g1");
        assertTrue(g1.contains("| 行政复议 |  |  |  |  |\n|---|---|---|---|---|\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| 0 | 0 | 0 | 0 | 0 |"));
        assertTrue(g1.contains("| 未经复议直接起诉 |"));
        assertTrue(g1.contains("| 复议后起诉 |"));
        String g2 = text("g2");
        assertTrue(g2.contains("| 行政复议结果维持 | 行政复议结果纠正 |"));
        assertTrue(g2.contains("| 复议后起诉尚未审结 | 复议后起诉总计 |\n|---|"));
    }

    @Test
    void h_prints_labels_and_numbers_on_separate_lines() {
        String txt = text("h");
        assertFalse(txt.contains("|"));
        List<String> l = lines(txt);
        int i = l.indexOf("一、本年新收政府信息公开申请数量");
        assertTrue(i > 0, txt);
        assertEquals("5 0 0 0 0 0 5", l.get(i + 1));
        int j = l.indexOf("行政规范性文件");
        assertEquals("0 0 0", l.get(j + 1));
    }

    @Test
    void i_blanks_zero_legal_person_cells_only() {
        String md = text("i");
        assertTrue(md.contains("| 一、本年新收政府信息公开申请数量 |  |  | 5 |  |  |  |  |  | 5 |"));
        assertTrue(md.contains("| 二、上年结转政府信息公开申请数量 |  |  | 0 |  |  |  |  |  | 0 |"));
    }

    @Test
    void j_puts_stray_lines_before_the_title() {
        assertTrue(text("j1").startsWith("正文\n"));
        assertTrue(text("j2").startsWith("首页 > 政务公开 > 政府信息公开年报\n"));
        String j3 = text("j3");
        assertTrue(j3.startsWith("索引号："));
        assertTrue(j3.contains("发布机构：樟树市临江镇人民政府\n"));
        assertTrue(j3.indexOf("主题分类：政务公开") < j3.indexOf("樟树市临江镇2023年政府信息公开工作"));
    }

    @Test
    void k_glues_the_seven_numbers_of_the_new_applications_row() {
        String md = text("k");
        assertTrue(md.contains("| 一、本年新收政府信息公开申请数量 |  |  | 5000005 |\n"));
        assertTrue(md.contains("| 二、上年结转政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"));
    }

    @Test
    void debris_in_a_heading_stays_with_the_heading_when_it_is_reworded() throws Exception {
        // 001 prints its part 五 heading as "5、 [bookmark: _GoBack]存在的主要问题及改进情况".
        Rendition yipingyuan = rendition("001_1c75b920f5f07581.txt");
        assertTrue(Rendition.markdown(yipingyuan.blocks).contains("\n5、 [bookmark: _GoBack]存在的主要问题及改进情况\n"));
        assertTrue(Variants.byId("c2").render().apply(yipingyuan).contains("\n[bookmark: _GoBack]五存在的主要问题及改进情况\n"));
        assertTrue(Variants.byId("d").render().apply(yipingyuan).contains("\n六、 [bookmark: _GoBack]存在的主要问题及改进措施\n".replace(" [", "[")));
    }

    @Test
    void every_variant_has_a_distinct_file_name() {
        assertEquals(Variants.ALL.size(), Variants.ALL.stream().map(Variants.Variant::fileName).distinct().count());
        Variants.ALL.forEach(v -> assertNotNull(v.expectation()));
    }
}
