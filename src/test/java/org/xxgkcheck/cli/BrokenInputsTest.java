package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken files never end a run: a previous-year file that cannot be read is a warning naming it, this year's
 * reports are still checked; and only --debug shows Java exception names and stack traces.
 */
class BrokenInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path THIS_YEAR = Path.of("fixtures/rules/table/identities-ok-consistent-nonzero.txt");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z]+(Exception|Error)\\b|\\bat org\\.|java\\.");

    /** Table 二 with the header typo 先行有效件数: its reader throws. */
    private static Path typoReport(Path dir) throws Exception {
        String text = Files.readString(Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt"), StandardCharsets.UTF_8);
        Path p = dir.resolve("typo.txt");
        Files.writeString(p, text.replace("现行有效件数", "先行有效件数"), StandardCharsets.UTF_8);
        return p;
    }

    /** Last year's report of the same body, whose 结转下年度 differs from this year's 上年结转 (X-CARRY fires). */
    private static void goodLastYear(Path dir) throws Exception {
        String text = Files.readString(THIS_YEAR, StandardCharsets.UTF_8).replace("2023", "2022");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int row = lines.indexOf("\t四、结转下年度继续办理");
        lines.set(row + 1, "\t2");
        lines.set(row + 7, "\t2");
        Files.writeString(dir.resolve("good-2022.txt"), String.join("\n", lines), StandardCharsets.UTF_8);
    }

    @Test
    void a_broken_previous_file_is_a_warning_and_the_reports_are_still_checked(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("previous"));
        typoReport(folder);
        goodLastYear(folder);
        byte[] noise = new byte[20000];
        new Random(1).nextBytes(noise);
        Files.write(folder.resolve("damaged.pdf"), concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise));
        // Over the 64 MB cap: refused before reading (sparse on disk).
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("huge.pdf").toFile(), "rw")) {
            f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(65L * 1024 * 1024);
        }

        Cli r = Cli.run("check", "--format", "json", "--previous", folder.toString(), THIS_YEAR.toString());

        String shown = folder.toString().replace('\\', '/');
        assertTrue(r.err().contains("警告：无法读取上一年度报告 " + shown + "/damaged.pdf："), r.err());
        assertTrue(r.err().contains("警告：无法读取上一年度报告 " + shown + "/huge.pdf：文件过大（65 MB，上限 64 MB），未读取"), r.err());
        assertFalse(JAVA_NAME.matcher(r.err()).find(), r.err());
        assertFalse(r.err().contains("内部错误"), r.err());
        JsonNode results = JSON.readTree(r.out()).path("results");
        assertEquals(1, results.size(), r.out());
        List<String> ids = new ArrayList<>();
        for (JsonNode f : results.get(0).path("findings")) ids.add(f.path("ruleId").asText());
        assertTrue(ids.contains("X-CARRY"), "the good previous report was still paired: " + ids);
        // This year's report has no error of its own: the broken previous files do not change the exit code.
        assertTrue(results.get(0).path("summary").path("error").asInt() == 0, r.out());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void without_debug_no_java_name_reaches_the_user_and_with_it_the_stack_trace_does(@TempDir Path dir) throws Exception {
        Path typo = typoReport(dir);
        Cli plain = Cli.run("check", "--fail-on", "never", typo.toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().contains("格式原文为“现行有效件数”"), plain.out());
        assertFalse(JAVA_NAME.matcher(plain.out() + plain.err()).find(), plain.out() + plain.err());
        Cli debug = Cli.run("check", "--debug", "--fail-on", "never", typo.toString());
        assertEquals(plain.out(), debug.out(), "--debug changes only stderr");

        // A problem that carries the exception behind it: --debug prints the trace, the plain run does not.
        org.xxgkcheck.model.Problem p = org.xxgkcheck.understand.ReportReader.read("003.txt",
            Files.readAllBytes(Path.of("fixtures/reports/003_3e6aefe5f9afa9b8.txt")),
            org.xxgkcheck.check.OneTableFailsTest.brokenTableTwo()).problems().get(0);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CheckCommand.debugTrace(p, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String trace = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(trace.startsWith("调试信息：读取表二时出错"), trace);
        assertTrue(trace.contains("at org.xxgkcheck.understand.TableReader"), trace);
        bytes.reset();
        CheckCommand.debugTrace(p, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
