package org.xxgkcheck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;

/** --format html on the fixture batch, parsed with jsoup: ranking, links, highlighted cells, quotes, nothing from outside. */
class HtmlWriterTest {
    private static String html;
    private static Document page;

    @BeforeAll
    static void write() throws Exception {
        StringWriter out = new StringWriter();
        try (ResultWriter w = Format.html.open(out, new Run("0.1.0", TestRules.book().hash(), null, LocalDate.of(2026, 1, 5)))) {
            w.begin();
            for (CheckResult r : FixtureBatch.results()) w.result(r);
            w.end(List.of());
        }
        html = out.toString();
        page = Jsoup.parse(html);
    }

    private static Element section(String file) {
        for (Element s : page.select("section.report")) if (s.selectFirst("h2 .file").text().equals(file)) return s;
        throw new AssertionError("no section for " + file);
    }

    @Test
    void the_run_header_names_the_tool_rule_set_profile_date_and_counts() throws Exception {
        String run = page.selectFirst("header.run .runinfo").text();
        for (String s : List.of("检查工具 xxgk-check 0.1.0", "规则集 " + TestRules.book().hash(), "规则方案 全部规则（未指定规则方案）",
            "检查日期 2026-01-05", "共 " + FixtureBatch.files().size() + " 个文件：" + (FixtureBatch.files().size() - 1) + " 份完成检查，1 个无法读取")) {
            assertTrue(run.contains(s), run);
        }
        assertEquals(12, TestRules.book().hash().length());
    }

    @Test
    void the_ranked_table_is_in_score_order_and_every_row_links_to_its_report() throws Exception {
        List<Element> rows = page.select("table#ranking tbody tr");
        assertEquals(FixtureBatch.files().size(), rows.size());
        double last = 101;
        for (Element row : rows.subList(0, rows.size() - 1)) {
            double score = Double.parseDouble(row.child(3).text());
            assertTrue(score <= last, row.text());
            last = score;
        }
        assertEquals("平潭综合实验区交通与建设局", rows.get(0).child(1).selectFirst("a").text());
        for (Element row : rows) {
            String href = row.selectFirst("td.report a").attr("href");
            Element target = page.getElementById(href.substring(1));
            assertNotNull(target, href);
            assertEquals(row.selectFirst("td.report .file").text(), target.selectFirst("h2 .file").text(), "the row links to its own report");
        }
        Set<String> ids = new TreeSet<>();
        page.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "id used twice: " + e.id()));
        for (Element a : page.select("a[href]")) {
            assertTrue(a.attr("href").startsWith("#") && ids.contains(a.attr("href").substring(1)), "every link resolves: " + a.attr("href"));
        }
    }

    @Test
    void the_unreadable_file_is_in_the_table_with_its_reason() {
        List<Element> rows = page.select("table#ranking tbody tr");
        Element last = rows.get(rows.size() - 1);
        assertEquals(FixtureBatch.MISSING, last.selectFirst(".file").text());
        assertEquals("—", last.child(0).text());
        assertEquals("无法读取", last.child(4).text());
        assertEquals("无法读取：文件不存在", last.selectFirst("td.top").text());
        assertEquals("无法读取：文件不存在", section(FixtureBatch.MISSING).selectFirst(".unreadable").text());
    }

    @Test
    void highlighted_cells_are_exactly_the_cells_of_the_findings_and_add_up_to_their_evidence() throws Exception {
        int identities = 0;
        for (CheckResult r : FixtureBatch.results()) {
            if (!r.readable()) continue;
            Element s = section(r.file());
            Set<String> expected = new TreeSet<>();
            r.findings().forEach(f -> expected.addAll(f.cells()));
            Set<String> highlighted = new TreeSet<>();
            for (Element td : s.select("table.grid td.hl")) highlighted.add(td.attr("data-cell"));
            assertEquals(expected, highlighted, r.file());
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                if (!List.of("T3-BALANCE", "T3-SUM", "T3-ROWTOTAL", "T4-SUM").contains(f.ruleId())) continue;
                identities++;
                Map<String, Long> cells = new HashMap<>();
                for (Element td : s.select("table.grid td.hl")) {
                    if (List.of(td.attr("data-findings").split(" ")).contains(String.valueOf(i + 1))) {
                        cells.put(td.attr("data-cell"), Long.parseLong(td.ownText().trim()));
                    }
                }
                assertEquals(Set.copyOf(f.cells()), cells.keySet(), f.message());
                // The right side: the total the finding is placed at, and for T3-BALANCE also what is carried over.
                String at = f.location().table() + "." + f.location().row() + "." + f.location().column();
                List<String> right = new ArrayList<>(List.of(at));
                if (f.ruleId().equals("T3-BALANCE")) right.add("T3.CARRY_OUT." + f.location().column());
                long left = 0;
                long rightSum = 0;
                for (Map.Entry<String, Long> e : cells.entrySet()) {
                    if (right.contains(e.getKey())) rightSum += e.getValue();
                    else left += e.getValue();
                }
                assertEquals(((Number) f.evidence().get("left")).longValue(), left, f.ruleId() + " " + f.message());
                assertEquals(((Number) f.evidence().get("right")).longValue(), rightSum, f.ruleId() + " " + f.message());
                // The equation stands beside the table under the same number.
                String number = String.valueOf(i + 1);
                Element eq = s.select("ol.eqs li").stream().filter(li -> li.selectFirst("a.n").text().equals(number))
                    .findFirst().orElseThrow();
                assertTrue(eq.text().contains(f.message()), eq.text());
            }
        }
        // hongze 2023: two groups of table 4; the table cases: T3-BALANCE two, T3-SUM two, T3-ROWTOTAL with T3-SUM, T4-SUM one.
        assertEquals(9, identities);
        Element hongze = section("fixtures/reports/hongze-district-2023.pdf");
        assertEquals("10", hongze.selectFirst("td[data-cell=T4.RV.KEEP]").ownText());
        assertTrue(hongze.selectFirst("td[data-cell=T4.RV.KEEP]").hasClass("hl-error"));
        assertFalse(hongze.selectFirst("td[data-cell=T4.LD.KEEP]").hasClass("hl"), "the group that adds up is not marked");
    }

    @Test
    void a_table_that_could_not_be_read_shows_why_and_its_gaps() {
        Element s004 = section("fixtures/reports/004_e6d10310d5a8465b.txt");
        Element t3 = s004.selectFirst("table.grid[data-table=T3]");
        assertTrue(t3.selectFirst("caption").text().contains("未能按模板读取"), t3.selectFirst("caption").text());
        assertFalse(t3.select("td.gap").isEmpty(), "cells not read are marked as gaps");
        assertEquals(25, t3.select("th.rowh").size(), "every row of the 2021 table 3, read or not");
    }

    @Test
    void narrative_findings_quote_the_sentence_they_are_about() {
        Element s = section("fixtures/rules/table/T3-SUM-partial-not-in-total.txt");
        Element row = s.select("table.findings tbody tr").stream().filter(tr -> tr.selectFirst("td.rule").text().equals("CON-APPS")).findFirst().orElseThrow();
        assertEquals("2023年，临江镇线上受理依申请公开0件，线下受理依申请公开5件。", row.selectFirst("blockquote.quote").text());
        assertEquals("第一部分·第9行", row.selectFirst("td.place").text());
    }

    @Test
    void the_page_loads_nothing_from_outside_and_draws_its_charts_inline() throws Exception {
        assertTrue(page.select("link, img, iframe, object, embed, script[src]").isEmpty(), "no external resources");
        for (Element e : page.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertFalse(url.matches("(?i)^(https?:)?//.*"), url);
        }
        for (Element style : page.select("style")) {
            assertFalse(style.data().contains("@import") || style.data().matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), "no fetched style");
        }
        assertEquals(3, page.select("section#summary svg.chart").size());
        assertTrue(page.selectFirst("script").data().contains("localeCompare"), "the sorting script is inline");
        Element grades = page.select("section#summary svg.chart").get(1);
        long excellent = FixtureBatch.results().stream().filter(r -> "优秀".equals(r.grade())).count();
        assertTrue(grades.select("g").get(0).text().startsWith("优秀：" + excellent), grades.select("g").get(0).text());
    }

    @Test
    void the_severity_column_never_wraps() {
        assertTrue(html.contains(".sev,.rule,.nowrap{white-space:nowrap}"));
        for (Element td : page.select("table.findings td:nth-child(2)")) assertTrue(td.hasClass("sev"), td.outerHtml());
    }
}
