package org.xxgkcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;
import org.xxgkcheck.understand.ReportReader;

/**
 * A table whose reader throws costs that table only: it is reported unreadable with a Chinese reason, and the rest
 * of the report is still read. The failure is injected with a table description whose layout is missing (the
 * loader refuses such a file, so only a test can build it). The header typo 先行有效件数 that used to crash the
 * reader of 表二 on a real Word page is now a listed variant: read, and only pointed out.
 */
public class OneTableFailsTest {
    static final Path S003 = Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt");

    static byte[] typoReport() throws Exception {
        String text = Files.readString(S003, StandardCharsets.UTF_8);
        assertTrue(text.contains("现行有效件数"));
        return text.replace("现行有效件数", "先行有效件数").getBytes(StandardCharsets.UTF_8);
    }

    /** The shipped templates with 表二's layout taken away, so that reading 表二 throws. */
    public static TemplateBook brokenTableTwo() {
        TemplateBook t = TestRules.book().data().templates();
        Map<String, TableSpec> tables = new LinkedHashMap<>(t.tables());
        TableSpec s = tables.get("T2");
        tables.put("T2", new TableSpec(s.table(), s.name(), s.part(), null, s.formats(), s.recognise(), s.blockTitle(), s.header(),
            s.note(), s.noteWord(), s.startRow(), s.columns(), s.rows(), s.cellNames()));
        return new TemplateBook(t.parts(), tables);
    }

    @Test
    void the_other_tables_and_the_parts_are_still_read() throws Exception {
        ReportReader.Parsed p = ReportReader.read("003.txt", Files.readAllBytes(S003), brokenTableTwo());
        assertTrue(p.readable(), p.problems().toString());
        Map<String, Table> tables = new TreeMap<>();
        Report report = null;
        int parts = 0;
        long t3Cells = 0;
        for (Object f : p.facts()) {
            if (f instanceof Table t) tables.put(t.getTable(), t);
            if (f instanceof Report r) report = r;
            if (f instanceof Part) parts++;
            if (f instanceof Cell c && c.getTable().equals("T3")) t3Cells++;
        }
        assertNotNull(report);
        assertEquals("樟树市临江镇人民政府", report.getOrgan());
        assertEquals(2023, report.getYear());
        assertEquals(6, parts);
        assertTrue(tables.get("T2").isFound());
        assertFalse(tables.get("T2").isReadable());
        assertEquals("读取表二时出错，其中的写法本工具无法理解", tables.get("T2").getReason());
        assertTrue(tables.get("T3").isReadable(), tables.get("T3").getReason());
        assertTrue(tables.get("T4").isReadable(), tables.get("T4").getReason());
        assertEquals(175, t3Cells);

        Problem t2 = p.problems().stream().filter(x -> x.location() != null && "T2".equals(x.location().table()))
            .findFirst().orElseThrow();
        assertEquals("parse", t2.kind());
        assertEquals("读取表二时出错，其中的写法本工具无法理解，该表未按模板读取", t2.message());
        assertNotNull(t2.cause(), "the exception is kept for --debug");
    }

    @Test
    void the_header_typo_that_once_crashed_table_two_is_read_and_pointed_out() throws Exception {
        CheckResult r = TestRules.checker().check("003-typo.txt", typoReport());
        assertTrue(r.readable(), r.problems().toString());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        List<String> shape = r.findings().stream().map(Finding::ruleId).filter(id -> id.endsWith("-SHAPE")).toList();
        assertEquals(List.of(), shape);
        Finding alias = r.findings().stream().filter(x -> x.ruleId().equals("TPL-LABEL-ALIAS")).findFirst().orElseThrow();
        assertEquals("表二标签写作“先行有效件数”，格式原文为“现行有效件数”。", alias.message());
        assertEquals("VALID", alias.location().column());
    }
}
