package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command says and where it writes for the batch formats: the binary spreadsheet, progress, the output line. */
class BatchOutputTest {
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";
    private static final String S003 = "fixtures/reports/003_3e6aefe5f9afa9b8.txt";
    private static final String MINIMAL = "fixtures/formats/minimal.md";

    @Test
    void xlsx_is_not_printed_on_a_terminal_but_goes_to_a_redirected_stdout_or_a_file(@TempDir Path dir) throws Exception {
        Cli screen = Cli.run(new Terminal(true, true), "check", "--format", "xlsx", "--rules", "rules", S000);
        assertEquals(2, screen.code());
        assertEquals(0, screen.bytes().length);
        assertTrue(screen.err().contains("用法错误：xlsx 是二进制文件，不能显示在终端上。请用 --output 结果.xlsx 指定文件"), screen.err());

        Cli piped = Cli.run("check", "--format", "xlsx", "--rules", "rules", "--fail-on", "never", S000, S003);
        assertEquals(0, piped.code(), piped.err());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(piped.bytes()))) {
            assertEquals(2, book.getSheet("排名").getLastRowNum());
            assertEquals(S003, book.getSheet("排名").getRow(1).getCell(1).getStringCellValue(), "97 points before 90");
        }

        Path file = dir.resolve("结果.xlsx");
        Cli toFile = Cli.run(new Terminal(true, true), "check", "--format", "xlsx", "--rules", "rules", "--fail-on", "never",
            "--output", file.toString(), S000, S003);
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals(0, toFile.bytes().length);
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            assertEquals(11, book.getSheet("发现").getLastRowNum(), "000 has five findings, 003 six");
        }
        assertTrue(toFile.err().endsWith("结果已写入 " + file.toAbsolutePath() + "（Excel 工作簿，2 个文件）。" + System.lineSeparator()), toFile.err());
    }

    @Test
    void a_batch_shows_progress_only_when_stderr_is_a_terminal(@TempDir Path dir) throws Exception {
        String[] args = {"check", "--format", "json", "--rules", "rules", "--fail-on", "never", S000, "fixtures/missing.txt", S003};
        Cli terminal = Cli.run(new Terminal(false, true), args);
        assertEquals(2, terminal.code());
        for (String step : new String[] {"\r\033[K[1/3] 000_e0ddddd15fe580f0.txt", "\r\033[K[2/3] missing.txt", "\r\033[K[3/3] 003_3e6aefe5f9afa9b8.txt"}) {
            assertTrue(terminal.err().contains(step), terminal.err());
        }
        // The line is cleared before another message, so the message stands on its own line.
        assertTrue(terminal.err().contains("\r\033[K无法读取 fixtures/missing.txt：文件不存在"), terminal.err());
        assertTrue(terminal.err().endsWith("\r\033[K"), "the progress line is gone at the end");

        Cli log = Cli.run(args);
        assertEquals("无法读取 fixtures/missing.txt：文件不存在" + System.lineSeparator(), log.err(), "nothing else in a log file");
        assertEquals(log.out(), terminal.out(), "stdout is the same either way");

        Cli live = Cli.run(new Terminal(true, true), "check", "--rules", "rules", "--fail-on", "never", S000, S003);
        assertFalse(live.err().contains("[1/2]"), "text on the terminal shows each report as it is done: no progress line on top");

        Cli one = Cli.run(new Terminal(false, true), "check", "--format", "json", "--rules", "rules", "--fail-on", "never", S000);
        assertFalse(one.err().contains("[1/1]"), "one report needs no progress");
    }

    @Test
    void csv_to_a_file_keeps_the_byte_order_mark_and_says_where_it_went(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.csv");
        Cli r = Cli.run("check", "--format", "csv", "--rules", "rules", "--fail-on", "never", "--output", file.toString(), S000, MINIMAL);
        assertEquals(0, r.code(), r.err());
        byte[] b = Files.readAllBytes(file);
        assertEquals(0xEF, b[0] & 0xFF);
        assertEquals(3, new String(b, StandardCharsets.UTF_8).split("\r\n").length, "header and two rows");
        assertEquals("结果已写入 " + file.toAbsolutePath() + "（CSV 表格，2 个文件）。" + System.lineSeparator(), r.err());
    }
}
