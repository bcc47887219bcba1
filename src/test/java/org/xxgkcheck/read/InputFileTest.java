package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guarded read: regular files only, nothing opened otherwise, the cap counted on the bytes read. */
class InputFileTest {

    /** A named pipe made with mkfifo; nobody ever writes to it, so opening it would wait forever. */
    static Path fifo(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        return p;
    }

    @Test
    void a_named_pipe_is_refused_at_once_without_being_opened(@TempDir Path dir) throws Exception {
        Path pipe = fifo(dir, "report.txt");
        InputFile.Refused r = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> assertThrows(InputFile.Refused.class, () -> InputFile.read(pipe, 1024)));
        assertEquals("不是普通文件（是命名管道（FIFO）），未读取", r.getMessage());
    }

    @Test
    void a_device_is_refused_and_never_read() {
        InputFile.Refused r = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> assertThrows(InputFile.Refused.class, () -> InputFile.read(Path.of("/dev/zero"), 1024)));
        assertEquals("不是普通文件（是字符设备），未读取", r.getMessage());
    }

    @Test
    void the_cap_counts_the_bytes_read_not_the_size_the_file_system_reports() throws Exception {
        // /proc files are regular files that report size 0 but hold text.
        Path maps = Path.of("/proc/self/maps");
        assertEquals(0, Files.size(maps));
        InputFile.Refused r = assertThrows(InputFile.Refused.class, () -> InputFile.read(maps, 100));
        assertEquals("文件过大（读到的内容超过上限 0 KB），未读取", r.getMessage());
        assertTrue(InputFile.read(maps, 16L * 1024 * 1024).length > 100);
    }

    @Test
    void a_regular_file_is_read_whole_and_a_missing_one_is_named(@TempDir Path dir) throws Exception {
        byte[] content = new byte[300_000];
        new java.util.Random(3).nextBytes(content);
        Path f = Files.write(dir.resolve("a.bin"), content);
        assertArrayEquals(content, InputFile.read(f, content.length));
        assertTrue(assertThrows(InputFile.Refused.class, () -> InputFile.read(f, content.length - 1)).getMessage().startsWith("文件过大"));
        assertEquals("文件不存在", assertThrows(InputFile.Refused.class, () -> InputFile.read(dir.resolve("none.txt"), 10)).getMessage());
    }
}
