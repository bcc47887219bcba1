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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typical mistakes of rule authors (src/test/resources/rule-mistakes/, listed in mistakes.json), each put into a
 * copy of the rules: `rules verify` must name the file and line and say what is wrong, in Chinese.
 */
class RuleMistakesTest {
    private static final Path DIR = Path.of("src/test/resources/rule-mistakes");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> each_mistake_gets_a_chinese_message_with_file_and_line() throws Exception {
        JsonNode list = new ObjectMapper().readTree(DIR.resolve("mistakes.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode m : list) {
            String name = m.has("file") ? m.path("file").asText() : m.path("target").asText();
            tests.add(DynamicTest.dynamicTest(name + "（" + m.path("why").asText() + "）", () -> {
                Path rules = Cli.copyRules(Files.createTempDirectory(tmp, "r"));
                Path target = rules.resolve(m.path("target").asText());
                // A whole replacement file, or one replacement in the project's own file ("replace": [from, to]).
                String content = m.has("file") ? Files.readString(DIR.resolve(m.path("file").asText()), StandardCharsets.UTF_8)
                    : replaced(Files.readString(target, StandardCharsets.UTF_8), m.path("replace").get(0).asText(), m.path("replace").get(1).asText());
                Files.writeString(target, content, StandardCharsets.UTF_8);
                Cli r = Cli.run("rules", "verify", "--rules", rules.toString());
                String text = m.path("stream").asText().equals("out") ? r.out() : r.err();
                assertEquals(m.path("exit").asInt(), r.code(), r.err() + r.out());
                String where = "规则文件 rules/" + m.path("target").asText()
                    + (m.path("line").isNull() ? "" : " 第 " + m.path("line").asInt() + " 行");
                assertTrue(text.contains(where), "expected “" + where + "” in:\n" + text);
                for (JsonNode e : m.path("expect")) assertTrue(text.contains(e.asText()), "expected “" + e.asText() + "” in:\n" + text);
            }));
        }
        assertEquals(15, tests.size());
        return tests.stream();
    }

    private static String replaced(String text, String from, String to) {
        assertTrue(text.contains(from), "the project file still has “" + from + "”");
        return text.replace(from, to);
    }
}
