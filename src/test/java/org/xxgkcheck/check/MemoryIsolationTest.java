package org.xxgkcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.understand.ReportReader;

/**
 * What keeps one heavy file from costing a batch: files are admitted by what they may hold in memory, a file that
 * can never fit is refused naming the heap to give, and a reader stopped at the time limit really stops.
 */
class MemoryIsolationTest {
    private static final long MB = 1024L * 1024;

    @Test
    void a_file_waits_while_the_files_in_flight_hold_the_budget() throws Exception {
        MemoryGate gate = new MemoryGate(100 * MB);
        gate.acquire(70 * MB);
        CountDownLatch admitted = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            try {
                gate.acquire(40 * MB);
                admitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        assertFalse(admitted.await(300, TimeUnit.MILLISECONDS), "70 + 40 MB do not fit 100 MB");
        gate.release(70 * MB);
        assertTrue(admitted.await(5, TimeUnit.SECONDS));
        assertEquals(40 * MB, gate.inUse());
        gate.release(40 * MB);
    }

    @Test
    void a_file_that_cannot_fit_is_refused_with_the_heap_to_give(@TempDir Path dir) throws Exception {
        String report = Files.readString(Path.of("fixtures/formats/minimal.txt"), StandardCharsets.UTF_8);
        Path big = Files.writeString(dir.resolve("big.txt"), report.repeat(400), StandardCharsets.UTF_8);
        Checker small = new Checker(TestRules.book(), Checker.Options.DEFAULT, new MemoryGate(16 * MB));
        CheckResult r = small.check(big, "big.txt");
        String message = r.problems().get(0).message();
        assertTrue(message.startsWith("文件过大，超出可用内存（读取和检查约需 "), message);
        assertTrue(message.matches(".*，未读取；请用 java -Xmx\\d+m 运行"), message);
        // The same file with room for it is read.
        assertTrue(new Checker(TestRules.book()).check(big, "big.txt").readable());
    }

    @Test
    void a_reader_past_the_time_limit_is_stopped_not_left_running() throws Exception {
        String report = Files.readString(Path.of("fixtures/formats/minimal.txt"), StandardCharsets.UTF_8);
        byte[] bytes = report.repeat(3000).getBytes(StandardCharsets.UTF_8);
        Limits quick = new Limits(64 * MB, 128 * MB, 2000, 300, 64 * MB, Duration.ofMillis(50));
        long t0 = System.nanoTime();
        ReportReader.Parsed p = BoundedRead.bytes("long.txt", bytes, quick, TestRules.book().data().templates(), java.util.List.of());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(p.problems().get(0).message().startsWith("读取超时"), p.problems().toString());
        boolean running = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("read long.txt") && t.isAlive());
        assertFalse(running, "the reader still runs " + ms + " ms after it was given up");
    }
}
