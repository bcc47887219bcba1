package org.xxgkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.xxgkcheck.findings.Problem;
import org.xxgkcheck.parse.ReportReader;

/**
 * A table whose reader throws costs that table only: it is reported unreadable with a Chinese reason (T2-SHAPE),
 * and the rest of the report is still read and checked. The trigger is a Word page's header typo, 先行有效件数
 * for 现行有效件数, in table 二 of the real 临江镇 report.
 */
class OneTableFailsTest {
    static final String NAME = "003-typo.txt";

    static byte[] typoReport() throws Exception {
        String text = Files.readString(Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("现行有效件数"));
        return text.replace("现行有效件数", "先行有效件数").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_other_tables_and_the_parts_are_still_read() throws Exception {
        ReportReader.Parsed p = ReportReader.read(NAME, typoReport(), org.xxgkcheck.TestRules.book().data().templates());
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
        assertTrue(t3Cells > 100, "table 三 cells: " + t3Cells);

        Problem t2 = p.problems().stream().filter(x -> x.location() != null && "T2".equals(x.location().table()))
            .findFirst().orElseThrow();
        assertEquals("parse", t2.kind());
        assertEquals("读取表二时出错，其中的写法本工具无法理解，该表未按模板读取", t2.message());
        assertNotNull(t2.cause(), "the exception is kept for --debug");
    }

    @Test
    void the_report_is_checked_and_only_table_two_is_lost() throws Exception {
        CheckResult r = TestRules.checker().check(NAME, typoReport());
        assertTrue(r.readable(), r.problems().toString());
        assertTrue(r.problems().stream().noneMatch(x -> x.message().contains("内部错误")), r.problems().toString());
        List<String> shape = r.findings().stream().map(Finding::ruleId).filter(id -> id.endsWith("-SHAPE")).toList();
        assertEquals(List.of("T2-SHAPE"), shape);
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("T2-SHAPE")).findFirst().orElseThrow();
        assertEquals("表二无法按模板读取：读取表二时出错，其中的写法本工具无法理解。表二的计算关系未检查。", f.message());
        // The untouched report's own findings elsewhere are still there: part 五's "5、" numbering.
        assertTrue(r.findings().stream().anyMatch(x -> x.ruleId().equals("SEC-HEADING-FORM")
            && x.message().contains("“5、”")), r.findings().toString());
    }
}
