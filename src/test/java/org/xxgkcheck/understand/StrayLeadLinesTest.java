package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;

/** Page furniture copied above the title (正文, breadcrumbs, an 索引号 block) is neither the title nor the organ. */
class StrayLeadLinesTest {
    private static final List<String> SAMPLES = List.of("000_e0ddddd15fe580f0.txt", "001_1c75b920f5f07581.txt",
        "002_78c6de2d06af13f2.txt", "003_3e6aefe5f9afa9b8.txt", "004_e6d10310d5a8465b.txt");

    private static final List<String> STRAY = List.of(
        "正文\n",
        "首页 > 政务公开 > 政府信息公开年度报告\n",
        "您当前的位置：首页 › 信息公开 › 年度报告\n【字号：大 中 小】 【打印】 【关闭】\n",
        "索引号：014012345/2022-00012\n发布机构：某某县人民政府办公室\n发文日期：2022-01-20\n主题分类：政务公开\n"
            + "文号：无\n名称：某某县政府信息公开工作年度报告\n打印\n关闭\n");

    @Test
    void stray_first_lines_change_neither_title_organ_nor_findings() throws Exception {
        for (String sample : SAMPLES) {
            String report = Files.readString(Path.of("fixtures/reports", sample), StandardCharsets.UTF_8);
            CheckResult a = check(sample, report);
            for (String stray : STRAY) {
                CheckResult b = check(sample, stray + report);
                String what = sample + " under " + stray.lines().findFirst().orElse("");
                assertEquals(a.report(), b.report(), what);
                assertEquals(signatures(a.findings()), signatures(b.findings()), what);
            }
        }
    }

    @Test
    void the_organ_comes_from_the_index_block_when_the_title_has_none() throws Exception {
        String report = Files.readString(Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt"), StandardCharsets.UTF_8)
            .replaceFirst("樟树市临江镇2023年", "2023年");
        CheckResult r = check("003.txt", "索引号：K12345/2024-0001\n发布机构：樟树市临江镇人民政府\n发文日期：2024-01-26\n" + report);
        assertEquals("2023年政府信息公开工作年度报告", r.report().title());
        assertEquals("樟树市临江镇人民政府", r.report().organ());
        assertEquals("township-government", r.report().organType());
    }

    @Test
    void furniture_is_told_from_title_lines() {
        for (String l : List.of("正文", "首页 > 政务公开 > 年度报告", "索引号：000014349/2021-00022", "发布机构：留车镇人民政府",
                "【字号：大 中 小】 【打印】 【关闭】", "打印本页")) {
            assertEquals(true, LeadLines.furniture(l), l);
        }
        for (String l : List.of("一平垣乡", "留车镇2021年政府信息公开工作年度报告", "（2021年度）")) {
            assertEquals(false, LeadLines.furniture(l), l);
        }
    }

    private static CheckResult check(String name, String text) {
        return TestRules.checker().check(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> signatures(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.location().part() + " "
            + f.location().table() + " " + f.location().row() + " " + f.location().column()).sorted().toList();
    }
}
