package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.read.Decoder;
import org.xxgkcheck.read.Lines;
import org.xxgkcheck.template.Labels;
import org.xxgkcheck.template.PlainWords;
import org.xxgkcheck.template.TableSpec;

/**
 * Each hand-written fast path of the reader against the plain expression it replaced, on every text, paragraph and
 * cell of the seeds, fixtures and corpus pages, and on made-up edge cases. Together with the fixture suite (every
 * fixture's findings as recorded) this holds the findings to what they were before the reader was made fast.
 */
class FastPathParityTest {

    private static final Pattern OLD_SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])|\\n");

    private record Texts(List<String> raw, List<String> paragraphs, List<String> cells) {}

    private static Texts cached;

    private static synchronized Texts texts() throws Exception {
        if (cached == null) cached = read();
        return cached;
    }

    private static Texts read() throws Exception {
        List<String> raw = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (String dir : List.of("../shared/seeds", "fixtures", "../shared/corpus")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).filter(FastPathParityTest::report).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    if (!f.toString().endsWith(".docx") && !f.toString().endsWith(".pdf")) raw.add(new String(bytes, StandardCharsets.UTF_8));
                    for (Object fact : ReportReader.read(f.toString(), bytes, TestRules.book().data().templates()).facts()) {
                        if (fact instanceof Paragraph p) paragraphs.add(p.getText());
                        if (fact instanceof Cell c && c.getRaw() != null) cells.add(c.getRaw());
                    }
                }
            }
        }
        assertTrue(raw.size() > 80 && paragraphs.size() > 1000 && cells.size() > 5000,
            "too little text to prove anything: " + raw.size() + " texts, " + paragraphs.size() + " paragraphs, " + cells.size() + " cells");
        return new Texts(raw, paragraphs, cells);
    }

    private static boolean report(Path p) {
        String n = p.getFileName().toString();
        return !n.equals("README.md") && n.matches(".*\\.(txt|md|html?|docx|pdf)");
    }

    private static final List<String> EDGES = List.of("", "\n", "\r\n", "a\r\rb\r\n\nc\n", "。。", "甲。\n乙；丙!\r\n", "；\n",
        "１２３", "①②", "e\u0301", "Å", "…", "“引号”", "（一）", "ｱ", "\uFB01", "㈠", "\u3000全角空格", "⑴", "〇", "\uD840\uDC00");

    @Test
    void sentences_are_cut_as_the_regular_expression_cut_them() throws Exception {
        Texts t = texts();
        List<String> all = new ArrayList<>(t.paragraphs());
        all.addAll(t.raw());
        all.addAll(EDGES);
        for (String s : all) {
            List<String> expected = new ArrayList<>();
            for (String piece : OLD_SENTENCE_END.split(s)) {
                String trimmed = Labels.trim(piece);
                if (!trimmed.isEmpty() && trimmed.codePoints().anyMatch(Character::isLetterOrDigit)) expected.add(trimmed);
            }
            assertEquals(expected, Sentences.split(s), s);
        }
    }

    @Test
    void lines_are_cut_as_the_regular_expression_cut_them() throws Exception {
        List<String> all = new ArrayList<>(texts().raw());
        all.addAll(EDGES);
        for (String s : all) assertArrayEquals(s.split("\r\n|\r|\n", -1), Lines.split(s), s);
    }

    @Test
    void the_cheap_nfkc_check_never_skips_a_text_that_nfkc_changes() throws Exception {
        Texts t = texts();
        List<String> all = new ArrayList<>(t.paragraphs());
        all.addAll(t.cells());
        all.addAll(t.raw());
        all.addAll(EDGES);
        int changed = 0;
        for (String s : all) {
            String expected = Normalizer.normalize(s, Normalizer.Form.NFKC);
            assertEquals(expected, Labels.nfkc(s), s);
            if (!expected.equals(s)) changed++;
            if (Labels.plainlyNormalized(s)) assertEquals(s, expected, "called plain but NFKC changes it: " + s);
        }
        assertTrue(changed > 10, "no text that NFKC changes: the check proved nothing");
    }

    @Test
    void plain_words_find_what_the_regular_expression_finds() throws Exception {
        Texts t = texts();
        List<Pattern> patterns = new ArrayList<>();
        for (TableSpec spec : TestRules.book().data().templates().tables().values()) if (spec.recognise() != null) patterns.add(spec.recognise());
        patterns.add(Pattern.compile("公开|公开目录|开目"));
        patterns.add(Pattern.compile("申请|申请人|请"));
        int found = 0;
        for (Pattern p : patterns) {
            PlainWords words = PlainWords.of(p);
            assertTrue(words != null, "not plain words: " + p);
            for (String s : t.raw()) {
                String text = Labels.normalize(s);
                List<String> expected = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) expected.add(m.start() + ":" + m.group());
                List<String> actual = new ArrayList<>();
                PlainWords.Finder f = words.finder(text);
                while (f.find()) actual.add(f.start() + ":" + f.group());
                assertEquals(expected, actual, p + " in " + s.substring(0, Math.min(40, s.length())));
                found += expected.size();
            }
        }
        assertTrue(found > 1000, "too few occurrences: " + found);
        assertEquals(null, PlainWords.of("规范性文件(清理|管理)"));
        assertEquals(null, PlainWords.of("a||b"));
        assertEquals(null, PlainWords.of(Pattern.compile("app", Pattern.CASE_INSENSITIVE)));
    }

    @Test
    void the_period_is_found_where_the_regular_expression_finds_it() throws Exception {
        List<String> all = new ArrayList<>();
        for (String s : texts().raw()) all.add(Labels.normalize(s));
        all.add("2023年1月1日至2023年12月31日");
        all.add("报告期为2022年2023年1月1日至12月31日");
        all.add("20232023年1月1日到12月31日");
        int found = 0;
        for (String s : all) {
            Matcher expected = MetaReader.PERIOD.matcher(s);
            Matcher actual = MetaReader.period(s);
            assertEquals(expected.find(), actual != null, s.substring(0, Math.min(40, s.length())));
            if (actual != null) {
                found++;
                assertEquals(expected.start() + ":" + expected.group(), actual.start() + ":" + actual.group());
            }
        }
        assertTrue(found > 20, "too few periods: " + found);
    }

    @Test
    void valid_utf8_is_decoded_as_the_strict_decoder_decodes_it_and_invalid_utf8_is_still_refused() throws Exception {
        for (String s : texts().raw()) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (s.isBlank() || s.indexOf('\uFFFD') >= 0) continue;
            String strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
            Decoder.Decoded d = Decoder.decode(bytes);
            assertEquals("UTF-8", d.encoding());
            assertEquals(strict.startsWith("\uFEFF") ? strict.substring(1) : strict, d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text());
        }
        // Bytes that are not UTF-8 are not taken for UTF-8 with replacement characters: GB18030 reads them.
        String words = "政府信息公开工作年度报告";
        Decoder.Decoded gbk = Decoder.decode(words.getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertEquals("GB18030", gbk.encoding());
        assertEquals(words, gbk.text());
    }
}
