package org.xxgkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README, the rule authors' guide and docs/ are read on their own (and rules/README.md travels with
 * `rules export`): they point to no folder outside the repository, the JSON format is described in the
 * repository, and the guide's `xxgk-check` command is the one the README installs or the jar as typed.
 */
class ReadmeSelfContainedTest {

    @Test
    void the_documents_point_to_nothing_outside_the_repository() throws Exception {
        List<String> found = new ArrayList<>();
        for (String doc : List.of("README.md", "rules/README.md", "docs/json.md")) {
            String text = Files.readString(Path.of(doc), StandardCharsets.UTF_8);
            for (String outside : List.of("../shared", "CONTRACT.md", "identities.md", "evaluators.md", "catalogue.md", "format-2021.md")) {
                if (text.contains(outside)) found.add(doc + " → " + outside);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void the_json_format_and_the_command_are_explained_here() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String guide = Files.readString(Path.of("rules/README.md"), StandardCharsets.UTF_8);
        String json = Files.readString(Path.of("docs/json.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("(docs/json.md)"), "README links the JSON description");
        for (String key : List.of("`ruleId`", "`severity`", "`location`", "`evidence`", "`problems`", "`scoreByCategory`", "`gradeCap`",
                "`dataCorrection`", "`waived`", "`explain`", "`status`")) {
            assertTrue(json.contains(key), "docs/json.md describes " + key);
        }
        assertTrue(readme.contains("ln -sf \"$PWD/scripts/xxgk-check\""), "README installs the launcher");
        assertTrue(Files.isExecutable(Path.of("scripts/xxgk-check")), "the launcher is executable");
        assertTrue(guide.contains("java -jar target/xxgk-check.jar rules verify"), "the guide says what xxgk-check stands for");
    }
}
