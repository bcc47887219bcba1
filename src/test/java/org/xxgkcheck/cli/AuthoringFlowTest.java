package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path rules/README.md describes: rules new → write the rule and its cases → rules test → rules doc. */
class AuthoringFlowTest {

    @Test
    void a_new_rule_is_written_tested_and_documented(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Cli made = Cli.run("rules", "--rules", rules.toString(), "new", "META-PHONE");
        assertEquals(0, made.code(), made.err());
        Path drl = rules.resolve("metadata/META-PHONE.drl");
        Path test = rules.resolve("metadata/META-PHONE.test.md");
        assertTrue(Files.exists(drl) && Files.exists(test), made.out());

        // The skeleton compiles as it is, and its test cases fail until the rule is written.
        assertEquals(0, Cli.run("rules", "verify", "--rules", rules.toString()).code());
        Cli before = Cli.run("rules", "test", "--rules", rules.toString(), "META-PHONE");
        assertEquals(1, before.code(), before.out());

        // Step 2 of the guide: requirement, metadata, condition and message.
        String rule = Files.readString(drl, StandardCharsets.UTF_8)
            .replace("（用一两句话写出报告应当满足的要求，写明出自哪份文件的哪一条）", "前言应写明联系电话。")
            .replace("（写出在什么情况下报告这条发现）", "前言中没有“电话”二字。")
            .replace("（要求，如：第六部分应说明信息处理费的收取情况）", "前言应写明联系电话")
            .replace("（依据，如：《中华人民共和国政府信息公开条例》第五十条）", "北京大学年度报告格式范本（联系电话）")
            .replace("$p : Part(number == 6, text == \"（请改写这一条件）\")", "$r : Report(frontMatter not matches \"(?s).*电话.*\")")
            .replace("findings.add(drools, $p, \"（说明发现的问题）\");", "findings.add(drools, $r, \"前言没有写联系电话。\");");
        Files.writeString(drl, rule, StandardCharsets.UTF_8);
        // Step 3: one case that fires, one near case that must not.
        Files.writeString(test, """
            # META-PHONE 的测试用例

            ## 应触发：前言只有网址
            前言：
            本报告电子版可在示例县人民政府网站下载。
            预期触发：META-PHONE 没有写联系电话

            ## 不应触发：前言写了电话
            前言：
            如有疑问，请联系示例镇党政办公室，电话：0000-1234567。
            预期不触发：META-PHONE
            """, StandardCharsets.UTF_8);

        Cli verify = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(0, verify.code(), verify.err());
        Cli tested = Cli.run("rules", "test", "--rules", rules.toString(), "META-PHONE");
        assertEquals(0, tested.code(), tested.out());
        assertTrue(tested.out().contains("通过  rules/metadata/META-PHONE.test.md 第 3 行 · 应触发：前言只有网址"), tested.out());
        assertTrue(tested.out().contains("通过 2 个，失败 0 个。"), tested.out());

        Path out = dir.resolve("手册");
        Cli doc = Cli.run("rules", "--rules", rules.toString(), "doc", "--output", out.toString());
        assertEquals(0, doc.code(), doc.err());
        String md = Files.readString(out.resolve("规则手册.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("### META-PHONE"), md);
        assertTrue(md.contains("前言应写明联系电话。"), "the requirement comment is in the handbook");
        assertTrue(md.contains("示例：应触发：前言只有网址"), "the test cases are its examples");
        String html = Files.readString(out.resolve("规则手册.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<h3 id=\"meta-phone\">META-PHONE</h3>"), "self-contained page");
        assertTrue(!html.contains("<link") && !html.contains("<script"), "no outside files");
    }

    @Test
    void explain_shows_the_matched_cells_and_the_filled_formula() throws Exception {
        Cli r = Cli.run("check", "--format", "json", "--explain", "--fail-on", "never",
            "fixtures/rules/table/T3-BALANCE-carry-in-overstated.txt");
        JsonNode f = null;
        for (JsonNode x : new ObjectMapper().readTree(r.out()).path("results").get(0).path("findings")) {
            if (x.path("ruleId").asText().equals("T3-BALANCE") && x.path("location").path("column").asText().equals("NP")) f = x;
        }
        JsonNode e = f.path("explain");
        assertTrue(e.path("requirement").asText().contains("第一项加第二项之和"), e.toString());
        assertTrue(e.path("facts").toString().contains("表三·二、上年结转政府信息公开申请数量·自然人 = 2"), e.toString());
        assertEquals("5 + 2 ≠ 5 + 1，即 7 ≠ 6", e.path("formula").get(0).asText(), "the formula in Chinese with the numbers");
        Cli text = Cli.run("check", "--explain", "--fail-on", "never", "fixtures/reports/000_e0ddddd15fe580f0.txt");
        assertTrue(text.out().contains("未找到：用到词表词语的句子（词族为“信息处理费”，所在部分为第六部分）"), text.out());
        assertTrue(text.out().contains("机关 留车镇人民政府（乡镇人民政府）"), text.out());
        assertTrue(text.out().contains("公式：2 > 0 并且 (2 < 2 或者 ([用到“问题表述”的句子 中的每一项都在 用到“空泛问题”的句子 中] 并且 "
            + "[用到“问题表述”的句子 与 用到“具体事项”的句子 没有共同的一项]))"), text.out());
    }

    /** Every identity finding of every fixture explains itself with its cells and a formula with numbers. */
    @Test
    void every_identity_finding_is_explained_with_cells_and_numbers() throws Exception {
        Cli r = Cli.run("check", "--format", "json", "--explain", "--fail-on", "never", "fixtures/rules/table", "fixtures/reports");
        int seen = 0;
        for (JsonNode res : new ObjectMapper().readTree(r.out()).path("results")) {
            for (JsonNode f : res.path("findings")) {
                if (!f.path("ruleId").asText().matches("T3-BALANCE|T3-SUM|T3-ROWTOTAL|T4-SUM")) continue;
                seen++;
                JsonNode e = f.path("explain");
                assertTrue(e.path("facts").toString().contains(" = "), f.toString());
                assertTrue(e.path("formula").toString().matches(".*\\d.*"), f.toString());
                assertTrue(!e.path("formula").toString().matches(".*(\\$|eval|accumulate|!=).*"),
                    "all variables filled in, no DRL left: " + e.path("formula"));
            }
        }
        assertTrue(seen >= 10, "identity findings in the fixtures: " + seen);
    }
}
