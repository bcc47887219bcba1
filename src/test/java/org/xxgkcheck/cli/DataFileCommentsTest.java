package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "#" comments work after a value in every data file, and the README's waiver example works when pasted. */
class DataFileCommentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";

    /** The first code block after the README's "### 豁免" heading, as a user would copy it. */
    static String readmeWaiverExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String after = readme.substring(readme.indexOf("### 豁免"));
        int open = after.indexOf("```\n") + 4;
        return after.substring(open, after.indexOf("```", open));
    }

    @Test
    void the_readme_waiver_example_works_when_pasted(@TempDir Path dir) throws Exception {
        String example = readmeWaiverExample();
        assertTrue(example.contains("报告 = 000_e0ddddd15fe580f0.txt") && example.contains("# "), example);
        Path w = Files.writeString(dir.resolve("豁免.txt"), example, StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--format", "json", "--profile", "gate", "--waivers", w.toString(), "--today", "2026-11-23", S000);
        assertEquals(0, r.code(), "the gate's only error, NAR-FEE, is waived: " + r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("applied", doc.path("waivers").get(0).path("status").asText(), r.out());
        assertEquals("NAR-FEE", doc.path("results").get(0).path("waived").get(0).path("ruleId").asText());
        assertEquals("", r.err().replaceAll("提示：规则方案.*\n|提示：方案.*\n", ""), "no warning about the example");
    }

    @Test
    void trailing_comments_in_every_rules_data_file_change_nothing(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        List<Path> data;
        try (Stream<Path> s = Files.walk(rules)) {
            data = s.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertTrue(data.size() >= 9, "vocabulary, settings, scoring, two profiles, four templates: " + data);
        for (Path f : data) {
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                boolean value = line.contains("=") && !line.strip().startsWith("#");
                sb.append(line).append(value ? "    # 说明：这一项的用途" : "").append('\n');
            }
            Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        }
        // verify reads every data file, profiles included: a comment left in a value would be an unknown rule or a bad number.
        Cli verify = Cli.run("rules", "verify", "--rules", rules.toString(), "--no-cache");
        assertEquals(0, verify.code(), verify.err() + verify.out());
        String[] reports = {S000, "fixtures/reports/004_e6d10310d5a8465b.txt"};
        Cli plain = Cli.run(args(null, reports));
        Cli commented = Cli.run(args(rules, reports));
        assertEquals(JSON.readTree(plain.out()).path("results"), JSON.readTree(commented.out()).path("results"));
    }

    private static String[] args(Path rules, String[] reports) {
        List<String> a = new java.util.ArrayList<>(List.of("check", "--format", "json", "--profile", "gate"));
        if (rules != null) a.addAll(List.of("--rules", rules.toString(), "--no-cache"));
        a.addAll(List.of(reports));
        return a.toArray(String[]::new);
    }
}
