package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.template.TemplateBook;

/**
 * A file cut before its end is never graded as complete without a word, and a few bad bytes never cost the whole
 * file: they are replaced and counted. Complete real reports never get the truncation note.
 */
class TruncationAndEncodingTest {
    private static final TemplateBook TEMPLATES = TestRules.book().data().templates();
    private static final String ORGAN = "示例县人民政府";

    private static ReportReader.Parsed read(String name, byte[] bytes) {
        return ReportReader.read(name, bytes, TEMPLATES);
    }

    private static boolean notedAsCut(ReportReader.Parsed p) {
        return p.problems().stream().map(Problem::message).anyMatch(m -> m.contains("不完整"));
    }

    private static String text(String fixture) throws IOException {
        return Files.readString(Path.of("fixtures").resolve(fixture), StandardCharsets.UTF_8);
    }

    /** Cut at 5 %, 15 % … 95 % of its characters: each cut that can still be read says that it is incomplete. */
    private static void everyCutIsNoted(String fixture) throws IOException {
        String whole = text(fixture);
        List<String> silent = new ArrayList<>();
        for (int pct = 5; pct < 100; pct += 10) {
            String cut = whole.substring(0, whole.length() * pct / 100);
            ReportReader.Parsed p = read(fixture, cut.getBytes(StandardCharsets.UTF_8));
            if (p.readable() && !notedAsCut(p)) silent.add(pct + "%");
        }
        assertEquals(List.of(), silent, fixture + ": cuts graded as complete without a word");
        assertFalse(notedAsCut(read(fixture, whole.getBytes(StandardCharsets.UTF_8))), fixture + " whole");
    }

    @Test void a_cut_web_page_says_so() throws IOException { everyCutIsNoted("formats/minimal.html"); }

    @Test void a_cut_text_report_says_so() throws IOException { everyCutIsNoted("formats/minimal.txt"); }

    @Test void a_cut_markdown_report_says_so() throws IOException { everyCutIsNoted("formats/minimal.md"); }

    @Test
    void the_notes_say_where_the_text_stops() throws IOException {
        String whole = text("formats/minimal.txt");
        String inTable = whole.substring(0, whole.indexOf("行政许可"));
        assertTrue(read("r.txt", inTable.getBytes(StandardCharsets.UTF_8)).problems().stream().map(Problem::message)
            .anyMatch(m -> m.equals("文件似乎不完整：正文到第二部分就在表格中间结束，没有第六部分，可能下载中断或文件被截断；缺少的内容未能检查，请确认文件是否完整")));
        String page = text("formats/minimal.html");
        String noEnd = page.substring(0, page.indexOf("</body>"));
        assertTrue(read("r.html", noEnd.getBytes(StandardCharsets.UTF_8)).problems().stream().map(Problem::message)
            .anyMatch(m -> m.startsWith("网页似乎不完整（没有 </body> 和 </html> 结束标记）")));
    }

    @Test
    void no_complete_real_report_is_taken_for_a_cut_one() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("fixtures"), Path.of("../shared/seeds"), Path.of("../shared/corpus"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(f -> f.toString().matches(".*\\.(txt|md|html|docx|pdf)$")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "fixtures, seeds and corpus: " + files.size());
        List<String> flagged = new ArrayList<>();
        for (Path f : files) {
            ReportReader.Parsed p = read(f.toString(), Files.readAllBytes(f));
            if (notedAsCut(p)) flagged.add(f.toString());
        }
        assertEquals(List.of(), flagged);
    }

    @Test
    void one_bad_byte_is_replaced_and_counted_not_the_whole_file_refused() throws IOException {
        String whole = text("formats/minimal.txt");
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            byte[] b = whole.getBytes(cs);
            b[b.length / 2] = (byte) 0xFF;
            ReportReader.Parsed p = read("r.txt", b);
            assertTrue(p.readable(), cs + ": " + p.problems());
            assertEquals(ORGAN, p.info().organ());
            String name = cs == StandardCharsets.UTF_8 ? "UTF-8" : "GB18030";
            assertTrue(p.problems().stream().map(Problem::message).anyMatch(m ->
                m.equals("文件中有 1 个字节不是有效的 " + name + " 编码，已替换为“\uFFFD”，相应的文字可能缺失或显示为乱码")), cs + ": " + p.problems());
        }
    }

    @Test
    void utf8_cut_inside_a_character_is_read_and_said_to_be_cut() throws IOException {
        byte[] b = text("formats/minimal.txt").getBytes(StandardCharsets.UTF_8);
        byte[] cut = HostileBatch.cutInsideCharacter(b);
        ReportReader.Parsed p = read("r.txt", cut);
        assertTrue(p.readable(), p.problems().toString());
        List<String> messages = p.problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("文件在一个字符的中间结束，可能下载中断或文件被截断；请确认文件是否完整"), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.contains("无法识别文件编码")), messages.toString());
    }

    @Test
    void utf16_without_bom_is_text_not_binary() throws IOException {
        String whole = text("formats/minimal.txt");
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ReportReader.Parsed p = read("r.txt", whole.getBytes(cs));
            assertTrue(p.readable(), cs + ": " + p.problems());
            assertEquals(ORGAN, p.info().organ(), cs.toString());
            assertEquals(List.of(), p.problems().stream().map(Problem::message).filter(m -> m.contains("字节")).toList());
        }
        // Binary with zero bytes in both places of the pairs is still refused as binary.
        byte[] binary = new byte[4000];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 13);
        assertEquals("内容含有二进制数据（空字节），不是文本文件", read("b.txt", binary).problems().get(0).message());
    }
}
