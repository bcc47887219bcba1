package org.xxgkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** rules/README.md lists the fact types and fields policy staff may use: it must match the code. */
class RulesReadmeTest {

    @Test
    void the_fact_table_matches_the_fact_classes() throws Exception {
        String readme = Files.readString(Path.of("rules/README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("<!-- FACTS:BEGIN -->"), readme.indexOf("<!-- FACTS:END -->"));
        Map<String, String> documented = new TreeMap<>();
        Matcher m = Pattern.compile("\\| `(\\w+)` \\| ([^|]+) \\|").matcher(table);
        while (m.find()) documented.put(m.group(1), m.group(2).strip());
        Map<String, String> actual = new TreeMap<>();
        FactFields.TYPES.forEach((name, type) -> actual.put(name, String.join(" ", FactFields.fields(type))));
        StringBuilder expected = new StringBuilder();
        actual.forEach((k, v) -> expected.append("| `").append(k).append("` | ").append(v).append(" |\n"));
        assertEquals(actual, documented, "update the table in rules/README.md to:\n" + expected);
    }
}
