package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    @Test
    void list_shows_every_rule_with_its_metadata() {
        Cli r = Cli.run("rules", "list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("T3-BALANCE"), r.out());
        assertTrue(r.out().contains("依据：国办公开办函〔2021〕30号 表三 勾稽关系说明；扣分：5，最多 10（C 类）"), r.out());
        assertTrue(r.out().matches("(?s).*共 (\\d+) 条规则。.*"), r.out());
        int n = Integer.parseInt(r.out().replaceAll("(?s).*共 (\\d+) 条规则。.*", "$1"));
        assertTrue(n >= 45, "at least 45 rules: " + n);
    }

    @Test
    void verify_passes_on_the_project_rules() {
        Cli r = Cli.run("rules", "verify");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("规则集检查通过"), r.out());
    }

    @Test
    void test_runs_every_fixture() {
        Cli r = Cli.run("rules", "test");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().matches("(?s).*通过 \\d+ 个，失败 0 个。.*"), r.out());
    }

    /** A syntax error in any rule file stops check and verify with exit 3, naming file and line. */
    @Test
    void a_syntax_error_in_any_rule_file_stops_the_run(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        List<Path> files;
        try (Stream<Path> s = Files.walk(rules)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path f : files) {
            String good = Files.readString(f, StandardCharsets.UTF_8);
            Files.writeString(f, good.replaceFirst("\nthen\n", "\n"), StandardCharsets.UTF_8);   // a missing `then`
            String rel = "rules/" + rules.relativize(f).toString().replace('\\', '/');
            Cli check = Cli.run("check", "--rules", rules.toString(), "fixtures/reports/003_3e6aefe5f9afa9b8.txt");
            assertEquals(3, check.code(), rel);
            assertEquals("", check.out(), "nothing is checked");
            assertTrue(check.err().matches("(?s).*规则文件 " + rel + " 第 \\d+ 行：.*"), check.err());
            Cli verify = Cli.run("rules", "verify", "--rules", rules.toString());
            assertEquals(3, verify.code(), rel);
            assertTrue(verify.err().contains("规则文件 " + rel + " 第 "), verify.err());
            Files.writeString(f, good, StandardCharsets.UTF_8);
        }
    }

    @Test
    void missing_metadata_and_a_bad_severity_are_rule_set_errors(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path f = rules.resolve("table/T4-SUM.drl");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(f, text.replace("    @basis(\"国办公开办函〔2021〕30号 表四\")\n", "")
            .replace("@severity(\"error\")", "@severity(\"fatal\")"), StandardCharsets.UTF_8);
        Cli r = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("规则文件 rules/table/T4-SUM.drl 第 10 行：规则“T4-SUM”缺少元数据 @basis"), r.err());
        assertTrue(r.err().contains("规则文件 rules/table/T4-SUM.drl 第 10 行：@severity 的值“fatal”无效，只能是 error、warning 或 info"), r.err());
        assertTrue(r.err().contains("规则集有 2 处错误"), r.err());
    }

    @Test
    void an_unknown_field_is_explained_with_the_valid_ones(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path f = rules.resolve("table/T3-INT.drl");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("$c : Cell(table ==", "$c : Cell(tabel =="),
            StandardCharsets.UTF_8);
        Cli r = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("规则文件 rules/table/T3-INT.drl 第 "), r.err());
        assertTrue(r.err().contains("没有字段“tabel”"), r.err());
        assertTrue(r.err().contains("table"), r.err());
    }

}
