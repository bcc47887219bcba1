package org.xxgkcheck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.rules.RuleFile;

/** "上年报告：" in a rule test case: last year's report is built like this year's and given to the check as --previous. */
class RuleTestsPreviousReportTest {

    private static List<RuleTests.Case> parse(String text) {
        return RuleTests.parse(new RuleFile("rules/table/X-CARRY.test.md", text), org.xxgkcheck.check.TestRules.book().data().templates());
    }

    private static final String CARRY = """
        # X-CARRY 的测试用例

        ## 应触发：上年结转与上年报告的结转下年度不符
        年度：2023
        表三：
        | 行 | 自然人 | 总计 |
        | 本年新收 | 4 | 4 |
        | 上年结转 | 1 | 1 |
        | 予以公开 | 5 | 5 |
        | 总计 | 5 | 5 |
        上年报告：
        表三：
        | 行 | 自然人 | 总计 |
        | 本年新收 | 5 | 5 |
        | 予以公开 | 3 | 3 |
        | 总计 | 3 | 3 |
        | 结转下年度继续办理 | 2 | 2 |
        预期触发：X-CARRY 自然人 本年上年结转 1 2022 为 2
        """;

    @Test
    void directives_after_the_marker_build_last_years_report_one_year_earlier() {
        RuleTests.Case c = parse("""
            ## 用例
            机关：示例县人民政府
            第五部分：
            一是今年的问题。下一步将加强。
            上年报告：
            第五部分：
            一是去年的问题。下一步将改进。
            预期不触发：X-CARRY
            """).get(0);
        assertEquals(List.of(), c.errors());
        assertTrue(c.report().startsWith("示例县人民政府2023年政府信息公开工作年度报告\n"), c.report());
        assertTrue(c.previous().startsWith("示例县人民政府2022年政府信息公开工作年度报告\n"), c.previous());
        assertTrue(c.previous().contains("统计期限自2022年1月1日起至2022年12月31日止"), c.previous());
        assertTrue(c.report().contains("今年的问题") && !c.report().contains("去年的问题"), c.report());
        assertTrue(c.previous().contains("去年的问题") && !c.previous().contains("今年的问题"), c.previous());
    }

    @Test
    void year_and_organ_of_last_years_report_can_be_given() {
        RuleTests.Case c = parse("""
            ## 用例
            年度：2022
            上年报告：
            年度：2020
            机关：示例乡人民政府
            预期不触发：X-CARRY
            """).get(0);
        assertEquals(List.of(), c.errors());
        assertTrue(c.report().startsWith("示例镇人民政府2022年"), c.report());
        assertTrue(c.previous().startsWith("示例乡人民政府2020年"), c.previous());
        assertTrue(c.previous().contains("国办公开办函〔2019〕60号"), "a 2020 report gets the 2019 trial format");
    }

    @Test
    void a_case_without_the_marker_has_no_previous_report() {
        assertNull(parse("## 用例\n预期不触发：X-CARRY\n").get(0).previous());
    }

    @Test
    void a_text_block_ends_at_the_marker() {
        RuleTests.Case c = parse("""
            ## 用例
            第六部分：
            本年度未收取信息处理费。
            上年报告：
            第六部分：
            上年度未收取信息处理费。
            预期不触发：NAR-FEE
            """).get(0);
        assertEquals(List.of(), c.errors());
        assertFalse(c.report().contains("上年报告"), c.report());
        assertTrue(c.previous().contains("上年度未收取信息处理费。"), c.previous());
    }

    @Test
    void a_second_marker_is_an_error() {
        RuleTests.Case c = parse("## 用例\n上年报告：\n上年报告：\n预期不触发：X-CARRY\n").get(0);
        assertEquals(List.of("第 3 行：一个用例只能有一个“上年报告：”"), c.errors());
    }

    @Test
    void the_cross_year_rule_sees_last_years_report() {
        RuleTests.Case c = parse(CARRY).get(0);
        RuleTests.Result r = RuleTests.run(TestRules.book(), c);
        assertEquals(List.of(), r.differences());
        assertTrue(r.passed());
    }

    @Test
    void without_last_years_report_the_cross_year_rule_does_not_fire() {
        String thisYearOnly = CARRY.substring(0, CARRY.indexOf("上年报告：")) + "预期触发：X-CARRY\n";
        RuleTests.Result r = RuleTests.run(TestRules.book(), parse(thisYearOnly).get(0));
        assertEquals(List.of("第 11 行：应触发 X-CARRY，但没有触发"), r.differences());
    }

    @Test
    void a_consistent_pair_passes_a_not_firing_expectation_and_fails_a_firing_one() {
        String consistent = CARRY.replace("| 结转下年度继续办理 | 2 | 2 |", "| 结转下年度继续办理 | 1 | 1 |")
            .replace("| 本年新收 | 5 | 5 |", "| 本年新收 | 4 | 4 |")
            .replace("预期触发：X-CARRY 自然人 本年上年结转 1 2022 为 2", "预期不触发：X-CARRY");
        assertTrue(RuleTests.run(TestRules.book(), parse(consistent).get(0)).passed());
        String wrongExpectation = consistent.replace("预期不触发：X-CARRY", "预期触发：X-CARRY");
        RuleTests.Result r = RuleTests.run(TestRules.book(), parse(wrongExpectation).get(0));
        assertEquals(List.of("第 18 行：应触发 X-CARRY，但没有触发"), r.differences());
    }

    @Test
    void last_years_report_is_paired_by_body_and_year() {
        String otherBody = CARRY.replace("上年报告：\n", "上年报告：\n机关：另一镇人民政府\n");
        RuleTests.Result r = RuleTests.run(TestRules.book(), parse(otherBody).get(0));
        assertFalse(r.passed(), "another body's report is not last year's report");
    }
}
