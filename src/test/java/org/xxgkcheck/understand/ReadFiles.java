package org.xxgkcheck.understand;

import java.nio.file.Files;
import java.nio.file.Path;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.rules.FuzzRuleData;
import org.xxgkcheck.rules.RuleData;

/** Reads each file named and prints "name: problem | problem" on stdout, for tests that watch a fresh JVM's stderr. */
public final class ReadFiles {
    private ReadFiles() {}

    public static void main(String[] files) throws Exception {
        RuleData data = FuzzRuleData.data();
        for (String f : files) {
            Path p = Path.of(f);
            ReportReader.Parsed parsed = ReportReader.read(p.getFileName().toString(), Files.readAllBytes(p), Limits.DEFAULT,
                data.templates(), data.terms());
            System.out.println(p.getFileName() + ": " + String.join(" | ", parsed.problems().stream().map(Problem::message).toList()));
        }
    }
}
