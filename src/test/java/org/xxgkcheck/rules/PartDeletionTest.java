package org.xxgkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.understand.ReportReader;

/** Deleting part 五 or part 六 of any sample gives SEC-MISSING for exactly that part, and nothing else new. */
class PartDeletionTest {

    static Stream<Arguments> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("fixtures/reports"))) {
            List<Path> reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return reports.stream().flatMap(p -> Stream.of(Arguments.of(p, 5), Arguments.of(p, 6)));
        }
    }

    @ParameterizedTest(name = "{0} without part {1}")
    @MethodSource("samples")
    void deleting_a_part_gives_sec_missing_for_that_part(Path report, int part) throws Exception {
        String text = Files.readString(report, StandardCharsets.UTF_8);
        List<Part> parts = ReportReader.read(report.toString(), text.getBytes(StandardCharsets.UTF_8), org.xxgkcheck.check.TestRules.book().data().templates()).facts().stream()
            .filter(f -> f instanceof Part).map(f -> (Part) f).toList();
        Part target = parts.stream().filter(p -> p.getNumber() == part).findFirst().orElseThrow();
        int end = parts.stream().filter(p -> p.getPosition() == target.getPosition() + 1).mapToInt(Part::getLine)
            .findFirst().orElse(Integer.MAX_VALUE);
        String[] lines = text.split("\n", -1);
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < lines.length; i++) if (i + 1 < target.getLine() || i + 1 >= end) cut.append(lines[i]).append('\n');

        CheckResult before = TestRules.checker().check(report.toString(), text.getBytes(StandardCharsets.UTF_8));
        CheckResult after = TestRules.checker().check(report.toString(), cut.toString().getBytes(StandardCharsets.UTF_8));
        List<Finding> missing = after.findings().stream().filter(f -> f.ruleId().equals("SEC-MISSING")).toList();
        assertEquals(1, missing.size(), after.findings().toString());
        assertEquals(part, missing.get(0).location().part());
        List<String> newIds = after.findings().stream().map(Finding::ruleId)
            .filter(id -> !id.equals("SEC-MISSING")).sorted().toList();
        // Findings about the deleted part go with it; nothing else may appear or disappear.
        int from = target.getLine();
        List<String> oldIds = before.findings().stream()
            .filter(f -> f.location().part() == null || f.location().part() != part)
            .filter(f -> f.location().line() == null || f.location().line() < from || f.location().line() >= end)
            .map(Finding::ruleId).sorted().toList();
        List<String> keptIds = after.findings().stream()
            .filter(f -> !f.ruleId().equals("SEC-MISSING"))
            .filter(f -> f.location().part() == null || f.location().part() != part)
            .map(Finding::ruleId).sorted().toList();
        assertEquals(oldIds, keptIds, "no other finding appears or disappears when part " + part + " is deleted");
        assertEquals(keptIds.size(), newIds.size(), "no finding is placed in the deleted part");
    }
}
