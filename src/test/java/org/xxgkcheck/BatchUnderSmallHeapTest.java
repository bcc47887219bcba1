package org.xxgkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.understand.HostileBatch;
import org.xxgkcheck.understand.HostileTestFiles;

/**
 * The whole tool in a separate JVM limited to a 512 MB heap: a folder of bad and hostile inputs with one good
 * report among them is checked completely, each bad file gets its input problem, the good one its findings,
 * and the exit code is 2 (CONTRACT.md: an input that could not be read).
 */
class BatchUnderSmallHeapTest {

    @Test
    void hostile_batch_is_checked_under_512_mb_heap(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("inputs"));
        int bad = HostileTestFiles.write(dir);
        Files.copy(Path.of("fixtures/formats/minimal.txt"), dir.resolve("good.txt"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp",
            System.getProperty("java.class.path"), "org.xxgkcheck.Main", "check", "--format", "json", "--rules", "rules",
            // A fresh rule cache of its own, never the user's: the miss compiles both builds under the small heap too.
            "--cache-dir", tmp.resolve("rule-cache").toString(), dir.toString()));
        Path out = tmp.resolve("out.json");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(tmp.resolve("err.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "batch did not finish in 120 s");
        System.out.printf("hostile batch of %d files under -Xmx512m: %d ms%n", bad + 1, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(2, p.exitValue(), Files.readString(tmp.resolve("err.log")));
        JsonNode results = new ObjectMapper().readTree(out.toFile()).get("results");
        assertEquals(bad + 1, results.size());
        for (JsonNode r : results) {
            if (r.get("file").asText().endsWith("good.txt")) {
                assertTrue(r.get("findings").toString().contains("“（一）予以公开”行：自然人与五类法人或其他组织之和为 4，总计为 3"), r.toString());
                assertEquals(0, r.get("problems").size(), r.toString());
            } else {
                assertEquals("input", r.get("problems").get(0).get("kind").asText(), r.toString());
            }
        }
    }

    /**
     * Real reports with every kind of hostile file mixed in (one in two: 36 hostile files, each kind once, the 30 and
     * 50 MB text files among them, beside 36 real reports in every format), two threads, a 128 MB heap: every good file gets its result, every hostile file
     * its problem, and the file too big for this heap is refused naming the heap to give. The 5,000-file version of
     * this run is scripts/hostile-batch.sh.
     */
    @Test
    void hostile_kinds_mixed_into_real_reports_lose_nothing_under_128_mb(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("batch");
        int total = 2 * (HostileBatch.COUNT + 1);
        List<String> hostile = HostileBatch.write(dir, total, 2, HostileBatch.reports(List.of(Path.of("fixtures/formats"),
            Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt"), Path.of("fixtures/reports/pingtan-zone-2019.html"))));
        assertEquals(HostileBatch.COUNT + 1, hostile.size());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
            "org.xxgkcheck.Main", "check", "--jobs", "2", "--format", "jsonl", "--rules", "rules", "--no-cache", dir.toString());
        Path out = tmp.resolve("out.jsonl");
        Path err = tmp.resolve("err.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "batch did not finish in 300 s");
        System.out.printf("hostile mix of %d files under -Xmx128m: %d ms%n", total, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(2, p.exitValue(), Files.readString(err));
        assertEquals(List.of(), HostileBatch.verify(dir, out));
        String log = Files.readString(err);
        assertTrue(log.matches("(?s).*hostile-repeated-50mb\\.txt：文件过大，超出可用内存（读取和检查约需 \\d+ MB，本次运行可用 \\d+ MB），未读取；请用 java -Xmx\\d+m 运行.*"), log);
    }
}
