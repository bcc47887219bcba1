package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.model.Problem;

/**
 * Every real report in fixtures/ and ../shared/corpus is read without an internal error, and its three
 * statistical tables are found and read into their template cells, except where the document itself lost them.
 */
class RealReportsReadTest {
    private static final List<Path> ROOTS = List.of(Path.of("fixtures/reports"), Path.of("fixtures/formats"),
        Path.of("../shared/corpus"));

    /** A skeleton with empty tables, not a report: read without error, but its cells are blank by design. */
    private static final String BLANK_TEMPLATE = "template-2021-blank.docx";

    /** Tables honestly unreadable because of the document, by file name → table → why. */
    private static final Map<String, Map<String, String>> KNOWN_UNREADABLE = Map.of(
        // The markdown export split table 三 in two and shifted its columns: rows "1.属于国家秘密" and the next
        // carry 6 values, the second half 11 per row, so no value can be placed in its column.
        "004_e6d10310d5a8465b.txt", Map.of("T3", "导出把表三拆成两张表且错了列"));

    /** Names of Java exceptions and errors, which must never reach a user. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[A-Za-z.]*(Exception|Error)\\b|java\\.|内部错误");

    private static List<Path> reports() throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path root : ROOTS) {
            assertTrue(Files.isDirectory(root), "missing " + root);
            try (Stream<Path> s = Files.walk(root)) {
                // The corpus's README describes the reports; it is not one.
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                    .filter(f -> ReportReader.SUPPORTED.contains(ReportReader.extension(f.getFileName().toString())))
                    .sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void every_real_report_is_read_without_internal_error_and_with_its_three_tables() throws Exception {
        List<Path> files = reports();
        assertTrue(files.size() >= 25, "fixtures and corpus found: " + files);
        Map<String, String> unreadable = new TreeMap<>();
        List<String> javaNames = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            ReportReader.Parsed p = ReportReader.read(f.toString(), Files.readAllBytes(f), org.xxgkcheck.check.TestRules.book().data().templates());
            for (Problem problem : p.problems()) {
                if (JAVA_NAME.matcher(problem.message()).find()) javaNames.add(f + "：" + problem.message());
            }
            assertTrue(p.readable(), f + " " + p.problems());
            for (Object fact : p.facts()) {
                if (!(fact instanceof Table t)) continue;
                if (name.equals(BLANK_TEMPLATE)) {
                    assertTrue(t.isFound(), f + " " + t.getTable() + " is in the blank template");
                    continue;
                }
                if (!t.isFound() || !t.isReadable()) unreadable.put(name + " " + t.getTable(), t.getReason());
            }
        }
        assertEquals(List.of(), javaNames);
        Map<String, String> expected = new TreeMap<>();
        KNOWN_UNREADABLE.forEach((file, tables) -> tables.keySet().forEach(t -> expected.put(file + " " + t, "")));
        assertEquals(expected.keySet(), unreadable.keySet(), "tables not read: " + unreadable);
        assertFalse(unreadable.get("004_e6d10310d5a8465b.txt T3").isEmpty(), "an unread table says why");
    }
}
