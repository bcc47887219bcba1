package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.rules.FuzzRuleData;
import org.xxgkcheck.rules.RuleData;

/**
 * Fuzz tests of the readers, one per format (the name's extension picks text or Markdown; the content picks PDF,
 * DOCX or HTML, so each is seeded with files of its format). The property: whatever the bytes, reading ends within
 * the time limit with facts or with deliberate Chinese problems. A problem that carries an exception means one of
 * ReportReader's safety nets caught something a reader let escape: that is a defect to fix, and fails here.
 *
 * A plain test run feeds only the stored inputs (seeds from the fixtures, and every crash found so far) in
 * src/test/resources/org/xxgkcheck/understand/ReaderFuzzTestInputs/&lt;method&gt;/; .ci/fuzz runs the fuzzer.
 */
class ReaderFuzzTest {

    @FuzzTest
    void text(byte[] input) { read("report.txt", input); }

    @FuzzTest
    void markdown(byte[] input) { read("report.md", input); }

    @FuzzTest
    void html(byte[] input) { read("report.html", input); }

    @FuzzTest
    void docx(byte[] input) { read("report.docx", input); }

    @FuzzTest
    void pdf(byte[] input) { read("report.pdf", input); }

    static void read(String name, byte[] input) {
        RuleData data = FuzzRuleData.data();
        long t0 = System.nanoTime();
        ReportReader.Parsed parsed = ReportReader.read(name, input, Limits.DEFAULT, data.templates(), data.terms());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        for (Problem p : parsed.problems()) {
            // A damaged file's problem keeps the library's IOException for --debug; anything else caught (a runtime
            // exception, an error) is a bug of a reader that escaped it.
            if (p.cause() != null && !(p.cause() instanceof java.io.IOException)) {
                throw new AssertionError("escaped the reader: " + p.message(), p.cause());
            }
            assertTrue(p.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "not a Chinese message: " + p.message());
        }
        assertTrue(millis < Limits.DEFAULT.readTimeout().toMillis(), name + " took " + millis + " ms");
    }

    /** Each format read once before any input is timed: loading (and, when fuzzing, instrumenting) the readers takes seconds. */
    static {
        RuleData data = FuzzRuleData.data();
        for (String f : List.of("minimal.txt", "minimal.md", "minimal.html", "minimal.docx", "minimal.pdf")) {
            try {
                ReportReader.read(f, Files.readAllBytes(Path.of("fixtures/formats", f)), Limits.DEFAULT, data.templates(), data.terms());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
