package org.xxgkcheck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.check.TestRules;

/** A fixture may name last year's report ("previous"); files in folders named previous are not fixtures. */
class FixturePreviousTest {
    private static final Path SEED = Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt");

    /** 临江镇 2023 as a 2022 report whose 结转下年度继续办理 is 1 (自然人), so this year's 上年结转 0 differs. */
    private static String lastYear() throws Exception {
        String s = Files.readString(SEED, StandardCharsets.UTF_8).replace("2023", "2022");
        String[] lines = s.split("\n", -1);
        int carryOut = List.of(lines).indexOf("\t四、结转下年度继续办理");
        int newRow = List.of(lines).indexOf("\t一、本年新收政府信息公开申请数量");
        lines[newRow + 1] = "\t6";
        lines[newRow + 7] = "\t6";
        lines[carryOut + 1] = "\t1";
        lines[carryOut + 7] = "\t1";
        return String.join("\n", lines);
    }

    private static List<FixtureSuite.Case> setUp(Path dir, String previous, String lastYear) throws Exception {
        Files.createDirectories(dir.resolve("previous"));
        Files.copy(SEED, dir.resolve("this-year.txt"));
        Files.writeString(dir.resolve("previous/last-year.txt"), lastYear, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("this-year.expected.json"), "{\"previous\": \"" + previous + "\", \"rules\": [\"X-CARRY\"],"
            + " \"findings\": [{\"ruleId\": \"X-CARRY\", \"location\": {\"row\": \"CARRY_IN\", \"column\": \"NP\"},"
            + " \"evidence\": {\"left\": 0, \"right\": 1}}, {\"ruleId\": \"X-CARRY\", \"location\": {\"column\": \"TOT\"}}]}",
            StandardCharsets.UTF_8);
        return FixtureSuite.discover(dir);
    }

    @Test
    void previous_report_is_given_to_the_cross_year_rules_and_not_run_as_a_fixture(@TempDir Path dir) throws Exception {
        List<FixtureSuite.Case> cases = setUp(dir, "previous/last-year.txt", lastYear());
        assertEquals(List.of("this-year.txt"), cases.stream().map(FixtureSuite.Case::name).toList());
        FixtureSuite.Outcome o = FixtureSuite.run(TestRules.checker(), cases.get(0));
        assertTrue(o.passed(), String.join("\n", o.differences()));
    }

    @Test
    void without_previous_the_cross_year_rule_cannot_fire(@TempDir Path dir) throws Exception {
        List<FixtureSuite.Case> cases = setUp(dir, "previous/last-year.txt", lastYear());
        FixtureSuite.Case bare = new FixtureSuite.Case(cases.get(0).name(), cases.get(0).content(), cases.get(0).expected());
        FixtureSuite.Outcome o = FixtureSuite.run(TestRules.checker(), bare);
        assertTrue(o.differences().stream().anyMatch(d -> d.contains("无法读取上一年度报告")), String.join("\n", o.differences()));
    }

    @Test
    void a_missing_previous_report_fails_the_fixture(@TempDir Path dir) throws Exception {
        List<FixtureSuite.Case> cases = setUp(dir, "previous/no-such-file.txt", lastYear());
        FixtureSuite.Outcome o = FixtureSuite.run(TestRules.checker(), cases.get(0));
        assertTrue(o.differences().stream().anyMatch(d -> d.contains("no-such-file.txt 不存在")), String.join("\n", o.differences()));
    }

    @Test
    void a_previous_report_of_the_wrong_year_fails_the_fixture(@TempDir Path dir) throws Exception {
        List<FixtureSuite.Case> cases = setUp(dir, "previous/last-year.txt", lastYear().replace("2022", "2021"));
        FixtureSuite.Outcome o = FixtureSuite.run(TestRules.checker(), cases.get(0));
        assertTrue(o.differences().stream().anyMatch(d -> d.contains("不是本样例") && d.contains("2021 年度")),
            String.join("\n", o.differences()));
    }
}
