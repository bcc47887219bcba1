package org.xxgkcheck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleSource;

/** Every fixture against its expected findings (the code of `rules test`), and one report in five formats. */
class FixtureSuiteTest {

    private static Map<String, FixtureSuite.Outcome> outcomes;

    @BeforeAll
    static void run() throws Exception {
        RuleBook book = RuleBook.compile(RuleSource.readDirectory(Path.of("rules")));
        outcomes = FixtureSuite.runAll(new Checker(book), FixtureSuite.discover(Path.of("fixtures")));
    }

    @TestFactory
    Stream<DynamicTest> every_fixture_gives_its_expected_findings() {
        return outcomes.values().stream().map(o -> DynamicTest.dynamicTest(o.fixture().name(),
            () -> assertTrue(o.passed(), String.join("\n", o.differences()))));
    }

    @Test
    void every_format_of_the_minimal_report_gives_identical_findings() {
        List<String> formats = List.of("txt", "md", "html", "docx", "pdf");
        List<String> reference = FormatParity.signatures(outcomes.get("formats/minimal.txt"));
        assertEquals(14, reference.size(), reference.toString());
        assertTrue(reference.stream().anyMatch(s -> s.startsWith("T3-ROWTOTAL（错误，第 3 部分，T3 OPEN TOT）")), reference.toString());
        for (String f : formats) {
            FixtureSuite.Outcome o = outcomes.get("formats/minimal." + f);
            assertEquals(f, o.result().report().format());
            assertEquals(reference, FormatParity.signatures(o), f);
        }
    }
}
