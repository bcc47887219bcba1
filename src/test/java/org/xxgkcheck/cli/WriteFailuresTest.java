package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result that could not be written is never reported as success, and --output never leaves half a file. */
class WriteFailuresTest {
    private static final String REPORT = "fixtures/rules/table/identities-ok-consistent-nonzero.txt";

    @Test
    void stdout_that_fails_exits_2_with_a_chinese_message() {
        // PrintStream swallows the error of the stream below it, as it does for a full disk or a closed pipe.
        PrintStream full = new PrintStream(new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("No space left on device"); }
        }, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RootCommand.run(new String[] {"check", "--fail-on", "never", REPORT}, full,
            new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(message.contains("错误：无法写出结果：标准输出写入失败（可能磁盘已满，或接收输出的程序已关闭）"), message);
    }

    @Test
    void output_to_a_full_device_exits_2() {
        Cli r = Cli.run("check", "--format", "json", "--fail-on", "never", "--output", "/dev/full", REPORT);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("错误：无法写入输出文件 /dev/full：磁盘空间已满"), r.err());
    }

    @Test
    void a_missing_folder_is_told_before_any_report_is_checked(@TempDir Path dir) {
        Cli r = Cli.run("check", "--output", dir.resolve("no/such/out.json").toString(), "/dev/zero");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("所在目录不存在"), r.err());
        // /dev/zero would have been refused as a device: the run stopped before reading any input.
        assertTrue(!r.err().contains("字符设备"), r.err());
    }

    @Test
    void the_output_file_appears_whole_or_not_at_all(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("out.json"), "last run", StandardCharsets.UTF_8);
        Target failed = Target.open(org.xxgkcheck.output.Format.json, out, null, null);
        failed.text().write("half a result");
        failed.flush();
        assertEquals("last run", Files.readString(out), "nothing is written to the file itself while the batch runs");
        failed.abandon();
        assertEquals("last run", Files.readString(out));
        assertEquals(1, count(dir), "the temporary file is removed");

        Target done = Target.open(org.xxgkcheck.output.Format.json, out, null, null);
        done.text().write("a whole result");
        done.finish();
        assertEquals("a whole result", Files.readString(out));
        assertEquals(1, count(dir));

        assertTrue(assertThrows(IOException.class, () -> Target.open(org.xxgkcheck.output.Format.json, dir, null, null)).getMessage().contains("这是一个目录"));
    }

    @Test
    void a_failed_writer_stops_the_stdout_output_at_the_first_flush() {
        PrintWriter broken = new PrintWriter(new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("Broken pipe"); }
        });
        Output.Checked w = new Output.Checked(broken);
        assertThrows(IOException.class, () -> w.write("结果".toCharArray(), 0, 2));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
