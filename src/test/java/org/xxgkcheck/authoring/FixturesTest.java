package org.xxgkcheck.authoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xxgkcheck.check.TestRules;

/** Every fixture against its expected findings: the same code as `rules test`. */
class FixturesTest {

    @TestFactory
    Stream<DynamicTest> every_fixture_gets_its_expected_findings() throws Exception {
        List<FixtureSuite.Case> cases = FixtureSuite.discover(Path.of("fixtures"));
        assertFalse(cases.isEmpty(), "no fixtures found");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            FixtureSuite.Outcome o = FixtureSuite.run(TestRules.checker(), c);
            assertTrue(o.passed(), c.name() + ":\n  " + String.join("\n  ", o.differences()));
        }));
    }
}
