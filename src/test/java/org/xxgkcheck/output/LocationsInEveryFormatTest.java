package org.xxgkcheck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.PreviousReports;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.LocationText;
import org.xxgkcheck.model.Quote;
import org.xxgkcheck.read.Limits;

/**
 * The real PDFs, web pages and DOCX files of fixtures/ and ../shared/corpus, checked once with --explain and printed
 * in every format: a PDF line is always a page and a line on it (never page × 1000 + line as one number), every
 * finding on a web page quotes the text it is about, and every DOCX finding names a paragraph.
 */
class LocationsInEveryFormatTest {
    /** "第3024行", or a JSON/SARIF line of 1000 or more: a PDF's page and line run together. */
    private static final Pattern ONE_NUMBER = Pattern.compile("第\\d{4,}行|\"(?:line|startLine)\" ?: ?\\d{4,}");

    private static List<CheckResult> pdf;
    private static List<CheckResult> html;
    private static List<CheckResult> docx;

    @BeforeAll
    static void check() throws Exception {
        Checker checker = new Checker(TestRules.book(), new Checker.Options(Limits.DEFAULT, PreviousReports.NONE, null, null, true));
        pdf = checkAll(checker, "pdf", "fixtures/reports", "fixtures/formats", "../shared/corpus");
        html = checkAll(checker, "html", "fixtures/reports", "fixtures/formats", "../shared/corpus/html");
        docx = checkAll(checker, "docx", "fixtures/formats", "../shared/corpus");
        assertTrue(pdf.size() >= 4 && html.size() >= 5 && docx.size() >= 2, pdf.size() + " " + html.size() + " " + docx.size());
    }

    /** Every file of the type in the folders, each content once (the corpus's reports are also fixtures). */
    private static List<CheckResult> checkAll(Checker checker, String ext, String... dirs) throws Exception {
        List<CheckResult> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String dir : dirs) {
            Path d = Path.of(dir);
            assertTrue(Files.isDirectory(d), "missing " + d);
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.filter(p -> p.toString().endsWith("." + ext)).sorted().toList()) {
                    if (!seen.add(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))))) continue;
                    CheckResult r = checker.check(f, f.toString());
                    assertTrue(r.readable(), f + ": " + r.problems());
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static String print(Format format, List<CheckResult> results) throws Exception {
        StringWriter out = new StringWriter();
        format.write(results, List.of(), out);
        return out.toString();
    }

    private static List<Finding> findings(List<CheckResult> results) {
        return results.stream().flatMap(r -> r.findings().stream()).toList();
    }

    @Test
    void no_format_prints_a_pdf_line_as_one_number() throws Exception {
        int located = 0;
        for (Finding f : findings(pdf)) {
            Location l = f.location();
            if (l.position() == null) continue;
            located++;
            assertNotNull(l.page(), f.ruleId() + " " + l);
            assertTrue(l.page() >= 1 && l.line() != null && l.line() >= 1 && l.line() < 200, f.ruleId() + " " + l);
            assertTrue(LocationText.place(l).matches(".*第\\d+页第\\d+行"), LocationText.place(l));
        }
        assertTrue(located >= 20, "PDF findings with a place: " + located);
        for (Format format : Format.values()) {
            if (format == Format.xlsx) continue; // binary: XlsxWriterTest reads its places back (第4页第21行)
            String printed = print(format, pdf);
            Matcher m = ONE_NUMBER.matcher(printed);
            assertFalse(m.find(), format + " prints a PDF line as one number: " + (m.find(0) ? m.group() : ""));
        }
        String text = print(Format.text, pdf);
        assertTrue(text.contains("页第"), "the text output says pages");
        assertTrue(text.contains("        · ") && Pattern.compile("（第\\d+页第\\d+行）").matcher(text).find(),
            "--explain lists the matched facts with their page and line");
    }

    @Test
    void every_finding_on_a_web_page_quotes_the_text_it_is_about() throws Exception {
        List<Finding> all = findings(html);
        assertTrue(all.size() >= 15, "findings on the web pages: " + all.size());
        for (Finding f : all) {
            Location l = f.location();
            assertNotNull(l.quote(), f.ruleId() + " has no quote: " + l);
            assertTrue(!l.quote().isBlank() && l.quote().length() <= Quote.MAX, l.quote());
            assertNotNull(l.paragraph(), f.ruleId() + " names no paragraph: " + l);
        }
        String text = print(Format.text, html);
        assertTrue(text.contains("段  ") && text.contains("        原文：“"), text);
        // One long source line must not be what a reader is told: places are paragraphs.
        assertFalse(Pattern.compile("\\[[^\\]]+\\] \\S+  [^ ]*第\\d+行  ").matcher(text).find(), text);
    }

    @Test
    void every_docx_finding_names_a_paragraph_and_no_line() throws Exception {
        List<Finding> all = findings(docx);
        assertTrue(all.size() >= 10, "findings in the DOCX files: " + all.size());
        for (Finding f : all) {
            Location l = f.location();
            if (l.position() == null) continue;
            assertNotNull(l.paragraph(), f.ruleId() + " " + l);
            assertNull(l.line(), "a DOCX has paragraphs, not lines: " + f.ruleId() + " " + l);
            assertNull(l.page());
        }
        assertTrue(all.stream().filter(f -> f.location().paragraph() != null).count() >= all.size() - 2,
            "only findings about something missing go without a paragraph");
        assertTrue(print(Format.text, docx).contains("第三部分·表三·（七）总计·总计·第62段"), "minimal.docx's T3-SUM is at paragraph 62");
    }
}
