package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The serve command's options, refused in Chinese before any rule is compiled or port opened. */
class ServeCommandTest {

    @Test
    void sizes_are_read_with_their_unit() {
        assertEquals(64L << 20, ServeCommand.parseSize("64MB"));
        assertEquals(64L << 20, ServeCommand.parseSize("64m"));
        assertEquals(512L << 10, ServeCommand.parseSize("512 KB"));
        assertEquals(1L << 30, ServeCommand.parseSize("1G"));
        assertEquals(1000L, ServeCommand.parseSize("1000"));
        assertNull(ServeCommand.parseSize("64 兆"));
        assertNull(ServeCommand.parseSize("-5MB"));
    }

    @Test
    void help_is_chinese_without_a_picocli_warning() {
        java.io.PrintStream was = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8));
        Cli help;
        try {
            help = Cli.run("serve", "--help");
        } finally {
            System.setErr(was);
        }
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Windows 为 %LOCALAPPDATA%\\xxgk-check"), help.out());
        assertEquals("", stray.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void a_bad_size_or_count_is_a_usage_error() {
        Cli size = Cli.run("serve", "--max-upload", "2GB");
        assertEquals(2, size.code());
        assertEquals("用法错误：--max-upload 应为 1KB 到 1GB 之间的大小，如 64MB，不能是“2GB”。", size.err().strip());
        Cli workers = Cli.run("serve", "--workers", "0");
        assertEquals(2, workers.code());
        assertTrue(workers.err().startsWith("用法错误：--workers 应在 1 到 64 之间"), workers.err());
        assertEquals("", workers.out());
    }
}
