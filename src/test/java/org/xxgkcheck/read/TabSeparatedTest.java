package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;

/** Tables flattened to one tab-separated line per row (copied from a page or a spreadsheet) read like Word's export. */
class TabSeparatedTest {

    @Test
    void a_tab_separated_row_is_one_row() {
        Document d = WordTextReader.read("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\n规章\t0\t1\n", TestDocs.outline());
        Document.Grid g = (Document.Grid) d.blocks().get(1);
        assertEquals(List.of(List.of("第二十条第（一）项"), List.of("信息内容", "本年制发件数", "本年废止件数"), List.of("规章", "0", "1")),
            g.rows().stream().map(Document.Row::cells).toList());
    }

    @Test
    void a_report_with_tab_separated_tables_gives_the_same_findings() throws Exception {
        for (String sample : List.of("003_3e6aefe5f9afa9b8.txt", "000_e0ddddd15fe580f0.txt")) {
            byte[] original = Files.readAllBytes(Path.of("fixtures/reports", sample));
            StringBuilder flat = new StringBuilder();
            for (Document.Block b : WordTextReader.read(new String(original, StandardCharsets.UTF_8), TestDocs.outline()).blocks()) {
                if (b instanceof Document.Text t) flat.append(t.text()).append('\n');
                else for (Document.Row r : ((Document.Grid) b).rows()) flat.append(String.join("\t", r.cells())).append('\n');
            }
            assertTrue(flat.toString().contains("\t自然人\t法人或其他组织\t总计"), "the tables are flattened");
            CheckResult a = TestRules.checker().check(sample, original);
            CheckResult b = TestRules.checker().check(sample, flat.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(signatures(a.findings()), signatures(b.findings()), sample);
            assertEquals(a.report(), b.report());
        }
    }

    private static List<String> signatures(List<Finding> findings) {
        // export debris is dropped while flattening, so SEC-ARTIFACTS is not compared
        return findings.stream().filter(f -> !f.ruleId().equals("SEC-ARTIFACTS")).map(f -> f.ruleId() + " " + f.location().part() + " " + f.location().table() + " "
            + f.location().row() + " " + f.location().column() + " " + f.message().replaceAll("第\\d+行", "")).sorted().toList();
    }
}
