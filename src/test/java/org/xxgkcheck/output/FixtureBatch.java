package org.xxgkcheck.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;

/**
 * The batch the batch-format tests print: every real report of fixtures/reports (text, PDF and web pages, from the
 * seeds and the corpus), four reports whose table identities fail, and a file that does not exist. Checked once.
 */
final class FixtureBatch {
    private FixtureBatch() {}

    static final String MISSING = "fixtures/missing.txt";
    static final List<String> TABLES = List.of("fixtures/rules/table/T3-BALANCE-carry-in-overstated.txt",
        "fixtures/rules/table/T3-SUM-partial-not-in-total.txt", "fixtures/rules/table/T3-ROWTOTAL-open-row-total.txt",
        "fixtures/rules/table/T4-SUM-review-total.txt");

    private static List<CheckResult> results;

    static synchronized List<CheckResult> results() throws IOException {
        if (results == null) {
            Checker checker = TestRules.checker();
            List<CheckResult> out = new ArrayList<>();
            for (String f : files()) out.add(checker.check(Path.of(f), f));
            results = List.copyOf(out);
        }
        return results;
    }

    /** The files in batch order: the real reports sorted, the table cases, then the missing file. */
    static List<String> files() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("fixtures/reports"))) {
            s.map(p -> p.toString().replace('\\', '/')).filter(p -> !p.endsWith(".json")).sorted().forEach(files::add);
        }
        files.addAll(TABLES);
        files.add(MISSING);
        return files;
    }

    static CheckResult result(String file) throws IOException {
        return results().stream().filter(r -> r.file().equals(file)).findFirst().orElseThrow();
    }
}
