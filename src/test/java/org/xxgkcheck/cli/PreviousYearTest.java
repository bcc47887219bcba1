package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --previous pairs each report with last year's report of the same body; no cross-year finding without one. */
class PreviousYearTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path THIS_YEAR = Path.of("fixtures/rules/table/identities-ok-consistent-nonzero.txt");

    /** Last year's report: this year's text with the year one lower and the given 结转下年度 row. */
    private static Path lastYear(Path dir, String name, String carryOutNp, String carryOutTot) throws Exception {
        String text = Files.readString(THIS_YEAR, StandardCharsets.UTF_8).replace("2023", "2022");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int row = lines.indexOf("\t四、结转下年度继续办理");
        lines.set(row + 1, "\t" + carryOutNp);
        lines.set(row + 7, "\t" + carryOutTot);
        // keep last year's own table consistent: new applications absorb the change
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines), StandardCharsets.UTF_8);
        return p;
    }

    private static List<JsonNode> crossYear(Cli r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).path("results").get(0).path("findings")) {
            if (f.path("ruleId").asText().startsWith("X-") || f.path("ruleId").asText().equals("NAR-COPY-LASTYEAR")) out.add(f);
        }
        return out;
    }

    @Test
    void a_carry_over_that_differs_names_the_column_and_both_numbers(@TempDir Path dir) throws Exception {
        Path prev = lastYear(dir, "2022.txt", "2", "2");
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--previous", prev.toString(), THIS_YEAR.toString());
        assertEquals(0, r.code(), r.err());
        List<String> carry = new ArrayList<>();
        for (JsonNode f : crossYear(r)) if (f.path("ruleId").asText().equals("X-CARRY")) carry.add(f.path("message").asText());
        assertEquals(List.of("“自然人”列：本年上年结转 1，2022 年度报告的结转下年度继续办理为 2。",
            "“总计”列：本年上年结转 1，2022 年度报告的结转下年度继续办理为 2。"), carry);
        assertTrue(crossYear(r).stream().anyMatch(f -> f.path("ruleId").asText().equals("NAR-COPY-LASTYEAR")),
            "the whole text is last year's: copied");
    }

    @Test
    void a_matching_pair_in_a_folder_raises_no_carry_finding(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("2022"));
        lastYear(folder, "same-body.txt", "1", "1");
        Files.writeString(folder.resolve("other-body.txt"), Files.readString(Path.of("fixtures/reports/000_e0ddddd15fe580f0.txt")));
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--previous", folder.toString(), THIS_YEAR.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(crossYear(r).stream().noneMatch(f -> f.path("ruleId").asText().equals("X-CARRY")), r.out());
    }

    /** The real 洪泽区 pair: 2024's 上年结转 equals 2023's 结转下年度 column by column, 现行有效 follows on. */
    @Test
    void the_real_hongze_pair_raises_no_table_cross_year_finding() throws Exception {
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--previous",
            "fixtures/reports/hongze-district-2023.pdf", "fixtures/reports/hongze-district-2024.pdf");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), crossYear(r));
        JsonNode findings = JSON.readTree(r.out()).path("results").get(0).path("findings");
        assertTrue(findings.toString().contains("NAR-FOLLOWUP"), "the pair was matched: last year's problems are not followed up");
    }

    @Test
    void without_a_previous_report_there_is_no_cross_year_finding() throws Exception {
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", THIS_YEAR.toString());
        assertEquals(List.of(), crossYear(r));
    }

    @Test
    void a_missing_previous_path_is_a_usage_error() {
        Cli r = Cli.run("check", "--previous", "no/such/folder", THIS_YEAR.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("上一年度报告 no/such/folder 不存在"), r.err());
    }
}
