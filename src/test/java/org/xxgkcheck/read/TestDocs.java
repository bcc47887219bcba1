package org.xxgkcheck.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.understand.Outline;
import org.xxgkcheck.understand.ReportReader;

/** Helpers for reader tests: fixture bytes, grids and texts of a document, cells of a parsed report. */
public final class TestDocs {
    private TestDocs() {}

    public static org.xxgkcheck.template.TemplateBook templates() {
        return org.xxgkcheck.check.TestRules.book().data().templates();
    }

    public static Outline outline() {
        return new Outline(templates().parts());
    }

    public static byte[] fixture(String path) throws IOException {
        return Files.readAllBytes(Path.of("fixtures").resolve(path));
    }

    public static List<Document.Grid> grids(Document doc) {
        return doc.blocks().stream().filter(b -> b instanceof Document.Grid).map(b -> (Document.Grid) b).toList();
    }

    public static List<String> texts(Document doc) {
        return doc.blocks().stream().filter(b -> b instanceof Document.Text).map(b -> ((Document.Text) b).text()).toList();
    }

    /** "T3.OPEN" → the row's raw cell texts in column order. */
    public static Map<String, List<String>> rows(ReportReader.Parsed parsed) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Object o : parsed.facts()) {
            if (o instanceof Cell c) rows.computeIfAbsent(c.getTable() + "." + c.getRow(), k -> new ArrayList<>()).add(c.getRaw());
        }
        return rows;
    }

    public static List<Integer> parts(ReportReader.Parsed parsed) {
        return parsed.facts().stream().filter(o -> o instanceof Part).map(o -> ((Part) o).getNumber()).sorted().toList();
    }

    public static int cellCount(ReportReader.Parsed parsed, String table) {
        return (int) parsed.facts().stream().filter(o -> o instanceof Cell c && c.getTable().equals(table)).count();
    }
}
