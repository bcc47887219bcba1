package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Term;

/** The one-pass term lookup and the plain-word matcher must find exactly what the regular expressions find. */
class TermIndexTest {

    @Test
    void anchors_are_what_every_match_must_start_with() {
        assertEquals(List.of("依申请", "申请公开"), TermIndex.anchors("依申请|申请公开"));
        assertEquals(List.of("规范性文件"), TermIndex.anchors("规范性文件(清理|管理|制发)"));
        assertEquals(List.of("上年", "去年"), TermIndex.anchors("上年度?|去年"));
        assertEquals(List.of("追究"), TermIndex.anchors("追究.{0,12}责任"));
        assertEquals(List.of("未", "没有"), TermIndex.anchors("(未|没有)(向申请人)?发出"));
        assertEquals(List.of("还", "仍然"), TermIndex.anchors("(?:还|仍然)不够"));
        assertEquals(List.of(".gov.cn", "[2019]60号"), TermIndex.anchors("\\.gov\\.cn|\\[2019\\]60号"));
        assertEquals(List.of("0", "1", "2"), TermIndex.anchors("[0-2]+件"));
        assertEquals(List.of("ab"), TermIndex.anchors("ab+c"));
        // Nothing certain: the term is tried on every sentence.
        assertNull(TermIndex.anchors("(还|仍然?)?不够"));
        assertNull(TermIndex.anchors("\\d+件"));
        assertNull(TermIndex.anchors("[^a]b"));
        assertNull(TermIndex.anchors("(?i)app"));
        assertNull(TermIndex.anchors("a?b"));
        assertNull(TermIndex.anchors("公开|"));
    }

    /** Every sentence of the seeds and fixtures, against every term of the shipped vocabulary and a few harder ones. */
    @Test
    void candidates_and_plain_matching_agree_with_the_regular_expressions() throws Exception {
        List<Term> terms = new ArrayList<>(TestRules.book().data().terms());
        terms.add(new Term("试", "回溯", "(未|没有)(向申请人)?(发出|出具)|上年度?|[0-9０-９]+(件|条)"));
        terms.add(new Term("试", "重叠", "公开|公开目录|开目"));
        TermIndex index = TermIndex.of(terms);
        List<String> sentences = sentences();
        assertTrue(sentences.size() > 500, "too few sentences: " + sentences.size());
        int matches = 0;
        for (String s : sentences) {
            BitSet candidates = index.candidates(s);
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                List<String> expected = new ArrayList<>();
                Matcher m = t.pattern().matcher(s);
                while (m.find()) expected.add(m.start() + ":" + m.end() + ":" + m.group());
                List<String> actual = new ArrayList<>();
                Term.Hits h = t.matcher(s);
                while (h.find()) actual.add(h.start() + ":" + h.end() + ":" + h.group());
                assertEquals(expected, actual, t + " in " + s);
                if (!expected.isEmpty()) {
                    matches++;
                    assertTrue(candidates.get(i), t + " matches but is no candidate in " + s);
                }
            }
        }
        assertTrue(matches > 1000, "too few matches to prove anything: " + matches);
    }

    private static List<String> sentences() throws Exception {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("../shared/seeds", "fixtures/reports", "fixtures/formats", "../shared/corpus/html")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith("README.md")).sorted().toList()) {
                    ReportReader.Parsed parsed = ReportReader.read(f.toString(), Files.readAllBytes(f), TestRules.book().data().templates());
                    for (Object fact : parsed.facts()) {
                        if (fact instanceof Paragraph p) out.addAll(Sentences.split(p.getText()));
                    }
                }
            }
        }
        return out;
    }
}
