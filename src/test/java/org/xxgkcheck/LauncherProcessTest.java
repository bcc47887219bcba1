package org.xxgkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as users meet it: `java -jar` on a jar with class-data archives beside it, which restarts itself in
 * a child JVM. Whatever goes wrong with the restart, the check gives the same stdout and exit code as a run in
 * one process (minimal.txt has an error finding: exit 1), nothing else lands on stdout and no crash file in the
 * working folder, and the child never outlives the launcher.
 */
class LauncherProcessTest {
    @TempDir
    static Path tmp;
    static TestApp app;
    static Path jvmTemp;
    static String expected;
    /** Each launch runs in a working folder of its own, which must hold only the input afterwards. */
    static int runs;

    @BeforeAll
    static void build() throws Exception {
        Path cache = tmp.resolve("rule-cache");
        app = TestApp.build(tmp.resolve("app"), cache);
        jvmTemp = Files.createDirectories(tmp.resolve("jvm-temp"));
        Run alone = launch(List.of(), Map.of("XXGK_IN_PROCESS", "1"));
        assertEquals(1, alone.code, alone.err);
        assertTrue(alone.out.contains("T3-ROWTOTAL"), alone.out);
        expected = alone.out;
    }

    @Test
    void a_collector_the_user_chose_is_not_contradicted() throws Exception {
        Run r = launch(List.of("-XX:+UseG1GC"), Map.of());
        assertSameCheck(r);
        assertFalse(r.err.contains("改在本进程中检查"), r.err);
    }

    @Test
    void a_collector_chosen_in_java_tool_options_is_not_contradicted() throws Exception {
        Run r = launch(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC"));
        assertSameCheck(r);
        assertFalse(r.err.contains("改在本进程中检查"), r.err);
    }

    @Test
    void a_cut_off_archive_is_not_used() throws Exception {
        byte[] whole = Files.readAllBytes(app.top);
        try {
            cutOff(app.top);
            Run r = launch(List.of(), Map.of());
            assertSameCheck(r);
            assertFalse(r.err.contains("改在本进程中检查"), "the archive was refused before the child started: " + r.err);
        } finally {
            restore(app.top, whole);
        }
    }

    /** An archive that passes its seal and still crashes the JVM (here: cut off and sealed again). */
    @Test
    void a_child_that_crashes_is_replaced_by_a_run_in_process() throws Exception {
        byte[] whole = Files.readAllBytes(app.top);
        try {
            cutOff(app.top);
            ArchiveSeal.main(new String[] {app.top.toString()});
            Run r = launch(List.of(), Map.of());
            assertSameCheck(r);
            // The JVM crashes while mapping the archive, before main: no crash text, no core file, exit 1.
            assertTrue(r.err.contains("检查子进程未能启动（退出码 1），改在本进程中检查。"), r.err);
        } finally {
            restore(app.top, whole);
            ArchiveSeal.main(new String[] {app.top.toString()});
        }
    }

    /**
     * The launcher's stdout is a FIFO that is held open and never read, so the child, which inherits it, fills it and
     * waits for ever (a pipe of this process would be closed when the launcher exits, ending the child anyway).
     * SIGTERM to the launcher must end the child too.
     */
    @Test
    void sigterm_to_the_launcher_ends_the_child() throws Exception {
        Path many = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 100; i++) Files.copy(Path.of("fixtures/formats/minimal.txt"), many.resolve("r" + i + ".txt"));
        Path fifo = tmp.resolve("stdout.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // Opening a FIFO waits for its other end: the reading end is opened on another thread.
        CompletableFuture<FileInputStream> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return new FileInputStream(fifo.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Process launcher = new ProcessBuilder(command(List.of(), "check", "--rules", Path.of("rules").toAbsolutePath().toString(),
                "--cache-dir", tmp.resolve("rule-cache").toString(), "--fail-on", "never", many.toString()))
            .directory(tmp.toFile()).redirectOutput(fifo.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle child = null;
        try (FileInputStream held = reader.get(60, TimeUnit.SECONDS)) {
            for (int i = 0; i < 600 && child == null; i++) {
                Optional<ProcessHandle> c = launcher.toHandle().descendants().findFirst();
                if (c.isPresent()) child = c.get();
                else Thread.sleep(50);
            }
            assertTrue(child != null, "the launcher started no child");
            Thread.sleep(2000);
            assertTrue(child.isAlive(), "the child is checking, or waiting on its full stdout");
            launcher.destroy();
            assertTrue(launcher.waitFor(20, TimeUnit.SECONDS), "the launcher ended");
            try {
                child.onExit().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("the child outlived the launcher by 20 s");
            }
        } finally {
            if (child != null) child.destroyForcibly();
            launcher.destroyForcibly();
        }
    }

    private static void assertSameCheck(Run r) throws IOException {
        assertEquals(1, r.code, r.err);
        assertEquals(expected, r.out);
        try (Stream<Path> files = Files.list(r.work)) {
            assertEquals(List.of("minimal.txt"), files.map(p -> p.getFileName().toString()).toList(), "nothing but the input in the working folder");
        }
    }

    /** Half the archive, dated after the jar and the base layer as a fresh build's would be. */
    private static void cutOff(Path archive) throws IOException {
        archive.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
    }

    private static void restore(Path archive, byte[] whole) throws IOException {
        archive.toFile().setWritable(true);
        Files.write(archive, whole);
    }

    record Run(int code, String out, String err, Path work) {}

    private static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>(List.of(TestApp.java(), "-Djava.io.tmpdir=" + jvmTemp));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", app.jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Run launch(List<String> jvmOptions, Map<String, String> env) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work-" + runs++));
        Files.copy(Path.of("fixtures/formats/minimal.txt"), work.resolve("minimal.txt"));
        List<String> cmd = command(jvmOptions, "check", "--rules", Path.of("rules").toAbsolutePath().toString(),
            "--cache-dir", tmp.resolve("rule-cache").toString(), "minimal.txt");
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        for (String v : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "XXGK_IN_PROCESS")) pb.environment().remove(v);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no end in 120 s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), work);
    }
}
