package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.read.TestDocs;

/** Each bad or hostile input gives one clear input problem, in Chinese, within 10 seconds. */
class HostileInputTest {

    private static Map<String, byte[]> inputs;

    @BeforeAll
    static void make() throws Exception {
        inputs = HostileInputs.all();
    }

    /** The problem message for one input, read as the CLI reads it; fails when slower than 10 s or readable. */
    private static String problem(String name) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long t0 = System.nanoTime();
            ReportReader.Parsed p = ReportReader.read(name, inputs.get(name), org.xxgkcheck.check.TestRules.book().data().templates());
            System.out.printf("hostile %-20s %5d ms  %s%n", name, (System.nanoTime() - t0) / 1_000_000,
                p.problems().isEmpty() ? "" : p.problems().get(0).message());
            assertFalse(p.readable(), name + " should not be readable");
            Problem first = p.problems().get(0);
            assertEquals("input", first.kind());
            return first.message();
        });
    }

    private static void expect(String name, String fragment) {
        String message = problem(name);
        assertTrue(message.contains(fragment), name + ": " + message);
    }

    @Test void scanned_pdf() { expect("scanned.pdf", "没有可读取的文字层"); }

    @Test void encrypted_pdf() { expect("encrypted.pdf", "PDF 已加密"); }

    @Test void pdf_content_bomb() { expect("content-bomb.pdf", "PDF 页面内容解压后超过 64 MB"); }

    @Test void truncated_pdf() { expect("truncated.pdf", "PDF 文件不完整"); }

    @Test void damaged_pdf() { expect("damaged.pdf", "PDF 文件已损坏"); }

    @Test void text_named_pdf() { expect("not-a-pdf.pdf", "内容不是 PDF"); }

    @Test void docx_zip_bomb() { expect("zip-bomb.docx", "压缩炸弹"); }

    @Test void docx_with_too_many_entries() { expect("many-entries.docx", "文件过多"); }

    @Test void truncated_docx() { expect("truncated.docx", "DOCX 文件不完整"); }

    @Test void zip_that_is_not_word() { expect("spreadsheet.docx", "不是 Word 文档"); }

    @Test void word97_named_htm() { expect("word97.htm", "文件扩展名为 .htm，但内容是旧版 Word 97-2003 二进制文档（.doc）"); }

    @Test void html_page_without_report() { expect("no-report.html", "网页中找不到年度报告正文"); }

    @Test void empty_file() { expect("empty.txt", "文件为空"); }

    @Test
    void a_200_mb_file_is_refused_before_it_is_read(@TempDir Path dir) throws Exception {
        Path big = HostileInputs.bigFile(dir, 200 * HostileInputs.MB);
        CheckResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new Checker(null).check(big, "big.pdf"));
        assertEquals("文件过大（200 MB，上限 64 MB），未读取", r.problems().get(0).message());
    }

    @Test
    void content_decides_the_reader_whatever_the_extension() throws Exception {
        ReportReader.Parsed pdfAsTxt = ReportReader.read("report.txt", TestDocs.fixture("formats/minimal.pdf"), org.xxgkcheck.check.TestRules.book().data().templates());
        assertEquals("pdf", pdfAsTxt.info().format());
        assertTrue(pdfAsTxt.readable());
        ReportReader.Parsed htmlAsPdf = ReportReader.read("report.pdf", TestDocs.fixture("formats/minimal.html"), org.xxgkcheck.check.TestRules.book().data().templates());
        assertEquals("html", htmlAsPdf.info().format());
        String gbk = new String(TestDocs.fixture("formats/minimal.txt"), java.nio.charset.StandardCharsets.UTF_8);
        ReportReader.Parsed gbkTxt = ReportReader.read("report.txt", gbk.getBytes(Charset.forName("GBK")), org.xxgkcheck.check.TestRules.book().data().templates());
        assertEquals("示例县人民政府", gbkTxt.info().organ());
    }

    @Test
    void a_mislabelled_file_that_fails_says_what_it_really_is() {
        ReportReader.Parsed p = ReportReader.read("report.pdf", inputs.get("no-report.html"), org.xxgkcheck.check.TestRules.book().data().templates());
        assertTrue(p.problems().get(0).message().endsWith("（文件扩展名为 .pdf，内容实为网页（HTML））"), p.problems().toString());
    }
}
