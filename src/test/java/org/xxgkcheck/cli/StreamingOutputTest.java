package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.PreviousReports;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.output.Format;
import org.xxgkcheck.output.LegacyFormat;
import org.xxgkcheck.output.Run;
import org.xxgkcheck.read.Limits;

/**
 * Results are written as each report is done, in input order, with the same bytes as before streaming: the
 * pre-streaming writers are kept in the tests (output/Legacy*) and print the whole list of results of one batch
 * (the fixtures, a missing file in the middle, a waiver list); the command must print the same at --jobs 1 and 2.
 */
class StreamingOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAIVERS = "src/test/resources/stream/waivers.txt";
    private static final String TODAY = "2026-11-23";
    private static final String MISSING = "fixtures/missing.txt";
    private static final List<String> INPUTS = List.of("fixtures/reports", MISSING, "fixtures/formats");

    private static Cli batch(String format, int jobs) {
        List<String> args = new ArrayList<>(List.of("check", "--format", format, "--jobs", String.valueOf(jobs), "--rules", "rules",
            "--waivers", WAIVERS, "--today", TODAY));
        args.addAll(INPUTS);
        return Cli.run(args.toArray(String[]::new));
    }

    /** The batch's results as a list, and the waiver statuses after it, checked in-process without the command. */
    private static Object[] legacyResults() throws Exception {
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        WaiverLedger ledger = WaiverLoading.load(Path.of(WAIVERS), TODAY, TestRules.book(), null, err);
        Checker checker = new Checker(TestRules.book(), new Checker.Options(Limits.DEFAULT, PreviousReports.NONE, null, ledger, false));
        List<CheckResult> results = new ArrayList<>();
        for (CheckCommand.Input f : CheckCommand.expand(INPUTS.stream().map(Path::of).toList(), err)) {
            results.add(checker.check(f.path(), f.display()));
        }
        return new Object[] {results, ledger.statuses()};
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_format_prints_what_the_writers_before_streaming_printed_at_one_and_two_jobs() throws Exception {
        Object[] legacy = legacyResults();
        List<CheckResult> results = (List<CheckResult>) legacy[0];
        List<WaiverLedger.Status> statuses = (List<WaiverLedger.Status>) legacy[1];
        for (Format format : List.of(Format.text, Format.json, Format.jsonl, Format.sarif)) {
            ByteArrayOutputStream before = new ByteArrayOutputStream();
            LegacyFormat.write(format, results, statuses, new PrintStream(before, true, StandardCharsets.UTF_8));
            String expected = before.toString(StandardCharsets.UTF_8);
            Cli one = batch(format.name(), 1);
            Cli two = batch(format.name(), 2);
            assertEquals(2, one.code(), format + ": a missing input makes the exit code 2\n" + one.err());
            assertEquals(2, two.code(), format + "\n" + two.err());
            assertEquals(one.out(), two.out(), format + ": --jobs 2 prints exactly what --jobs 1 prints");
            assertEquals(one.err(), two.err(), format + ": the same notes on stderr at --jobs 2");
            for (String line : List.of("无法读取 fixtures/missing.txt：文件不存在", "提示：豁免 waivers.txt:10（SEC-MISSING）没有对应的发现。",
                "提示：豁免 waivers.txt:18（T3-SHAPE）已于 2020-01-01 过期，未生效。")) {
                assertTrue(one.err().contains(line), format + ": stderr lacks " + line + "\n" + one.err());
            }
            if (format == Format.sarif) {
                // The old SARIF writer printed some objects in Map.of's random key order; the document is the same.
                assertEquals(JSON.readTree(expected), JSON.readTree(one.out()), "sarif: same document");
            } else {
                assertEquals(expected, one.out(), format + ": same bytes as the writer before streaming");
            }
        }
    }

    /**
     * The formats made after streaming (the batch page, CSV): what the command prints at --jobs 2 is what their
     * writer prints for the whole list of results, the page with the same run header.
     */
    @Test
    @SuppressWarnings("unchecked")
    void the_batch_page_and_csv_print_what_their_writer_prints_for_the_whole_list() throws Exception {
        Object[] legacy = legacyResults();
        List<CheckResult> results = (List<CheckResult>) legacy[0];
        List<WaiverLedger.Status> statuses = (List<WaiverLedger.Status>) legacy[1];
        Run run = new Run(org.xxgkcheck.model.Tool.VERSION, TestRules.book().hash(), null, java.time.LocalDate.parse(TODAY));
        for (Format format : List.of(Format.html, Format.csv)) {
            java.io.StringWriter expected = new java.io.StringWriter();
            try (org.xxgkcheck.output.ResultWriter w = format.open(expected, run)) {
                w.begin();
                for (CheckResult r : results) w.result(r);
                w.end(statuses);
            }
            Cli two = batch(format.name(), 2);
            assertEquals(2, two.code(), format + "\n" + two.err());
            assertEquals(expected.toString(), two.out(), format + ": the streamed batch is the whole list written at once");
        }
    }

    @Test
    void the_missing_file_in_the_middle_keeps_its_place_in_every_listing() throws Exception {
        String[] lines = batch("jsonl", 2).out().replace("\r\n", "\n").split("\n");
        JsonNode doc = JSON.readTree(batch("json", 2).out());
        assertEquals(lines.length, doc.path("results").size());
        int missing = -1;
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            assertEquals(doc.path("results").get(i), line, "jsonl line " + i + " is results[" + i + "]");
            if (line.path("file").asText().equals(MISSING)) missing = i;
        }
        assertTrue(missing > 0 && missing < lines.length - 1, "the missing file is listed between the others: " + missing);
        assertEquals("input", doc.path("results").get(missing).path("problems").get(0).path("kind").asText());
    }

    private static String lf(String s) {
        return s.replace("\r\n", "\n");
    }

    @Test
    void an_unreadable_file_in_the_middle_gets_its_entry_in_place_and_exit_code_2(@TempDir Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        Path seeds = Path.of("fixtures/reports");
        int k = 0;
        for (String seed : List.of("000_e0ddddd15fe580f0.txt", "001_1c75b920f5f07581.txt", "003_3e6aefe5f9afa9b8.txt")) {
            for (int copy = 0; copy < 4; copy++) {
                String name = String.format("%02d_%s", k++, seed);
                Files.copy(seeds.resolve(seed), dir.resolve(name));
                names.add(name);
            }
        }
        String broken = String.format("%02d_broken.txt", 5);
        Files.delete(dir.resolve(names.get(5)));
        Files.write(dir.resolve(broken), new byte[0]);
        names.set(5, broken);
        Cli r = Cli.run("check", "--format", "jsonl", "--jobs", "2", "--fail-on", "never", "--rules", "rules", dir.toString());
        assertEquals(2, r.code(), r.err());
        String[] lines = lf(r.out()).split("\n");
        assertEquals(names.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            assertTrue(line.path("file").asText().endsWith("/" + names.get(i)), i + ": " + line.path("file"));
            boolean unreadable = false;
            for (JsonNode p : line.path("problems")) unreadable |= p.path("kind").asText().equals("input");
            assertEquals(i == 5, unreadable, names.get(i) + ": " + line.path("problems"));
        }
        assertTrue(r.err().contains("无法读取 ") && r.err().contains(broken + "：文件为空"), r.err());
    }

    @Test
    void outcomes_are_handed_on_in_order_when_the_first_finishes_last() throws Exception {
        int n = 40;
        int jobs = 2;
        CountDownLatch othersInWindow = new CountDownLatch(jobs * InOrder.AHEAD - 1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<Integer> finished = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> out = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(i);
        InOrder.run(items, jobs, i -> {
            mostAhead.accumulateAndGet(started.incrementAndGet() - handed.get(), Math::max);
            if (i == 0) {
                try {
                    // The first item waits until every other item of the window is done (bounded, never hangs).
                    othersInWindow.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                othersInWindow.countDown();
            }
            finished.add(i);
            return i;
        }, i -> {
            handed.incrementAndGet();
            out.add(i);
        });
        assertEquals(items, out, "handed on in input order");
        assertTrue(finished.indexOf(0) > 0, "the first item did finish after others: " + finished);
        assertTrue(mostAhead.get() <= jobs * InOrder.AHEAD, "at most jobs × AHEAD started ahead: " + mostAhead.get());
    }

    @Test
    void output_file_gets_the_bytes_stdout_would_get_and_a_bad_path_is_said_in_chinese(@TempDir Path dir) throws Exception {
        String s000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";
        Path file = dir.resolve("out.json");
        Cli toFile = Cli.run("check", "--format", "json", "--rules", "rules", "--output", file.toString(), s000, "fixtures/formats/minimal.md");
        Cli toStdout = Cli.run("check", "--format", "json", "--rules", "rules", s000, "fixtures/formats/minimal.md");
        assertEquals(toStdout.code(), toFile.code(), toFile.err());
        assertEquals("", toFile.out());
        assertEquals(toStdout.out(), Files.readString(file, StandardCharsets.UTF_8));
        Cli bad = Cli.run("check", "--rules", "rules", "--output", dir.resolve("no/such/dir/out.txt").toString(), s000);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("错误：无法写入输出文件 ") && bad.err().contains("：所在目录不存在"), bad.err());
    }
}
