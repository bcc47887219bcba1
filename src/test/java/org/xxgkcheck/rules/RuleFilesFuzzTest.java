package org.xxgkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.findings.Waivers;

/**
 * Fuzz tests of the files policy staff and inspectors write by hand: a table template, the parts template and the
 * waivers file. The property: any text is either read or answered with Chinese errors naming the line, never an
 * exception. Seeds are the project's own templates and waiver examples (…/RuleFilesFuzzTestInputs/&lt;method&gt;/).
 */
class RuleFilesFuzzTest {

    /** The text replaces rules/templates/T3.txt; the other template files stay as they are. */
    @FuzzTest
    void tableTemplate(byte[] input) { template("T3.txt", input); }

    /** The text replaces rules/templates/parts.txt. */
    @FuzzTest
    void partsTemplate(byte[] input) { template("parts.txt", input); }

    @FuzzTest
    void waivers(byte[] input) {
        List<String> errors = new ArrayList<>();
        Waivers.parse(Path.of("waivers.txt"), new String(input, StandardCharsets.UTF_8).lines().toList(), errors);
        errors.forEach(RuleFilesFuzzTest::chinese);
    }

    private static void template(String replaced, byte[] input) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : FuzzRuleData.templateFiles()) {
            files.add(f.path().endsWith("/" + replaced) ? new RuleFile(f.path(), new String(input, StandardCharsets.UTF_8)) : f);
        }
        List<RuleError> errors = new ArrayList<>();
        TemplateFiles.read(files, errors);
        errors.forEach(e -> chinese(e.message()));
    }

    private static void chinese(String message) {
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            "not a Chinese message: " + message);
    }
}
