package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder walk checks the reports in it and skips, with a note, the files that are clearly not reports. */
class FolderWalkTest {
    private static final Path REPORT = Path.of("fixtures/reports/000_e0ddddd15fe580f0.txt");

    @Test
    void readme_notes_hidden_and_other_files_are_skipped_with_a_note(@TempDir Path dir) throws Exception {
        Files.copy(REPORT, dir.resolve("000.txt"));
        // The same report in GBK under a meaningless name is still a report.
        Files.write(dir.resolve("p0202401.txt"), Files.readString(REPORT).getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("README.md"), "# 下载的年度报告\n来源见 sources.csv\n");
        Files.writeString(dir.resolve("notes.txt"), "待核对：留车镇、一平垣乡\n");
        Files.writeString(dir.resolve("sources.csv"), "file,url\n");
        Files.copy(REPORT, dir.resolve(".000.txt.swp.txt"));
        Files.createDirectories(dir.resolve(".git"));
        Files.copy(REPORT, dir.resolve(".git/old.txt"));
        Files.write(dir.resolve("~$报告.docx"), new byte[] {1, 2, 3});

        Cli r = Cli.run("check", "--format", "json", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().split("\"file\"", -1).length - 1, "two reports checked: " + r.out());
        String err = r.err();
        assertTrue(err.contains("中有 6 个文件不像年度报告，没有检查"), err);
        assertTrue(err.contains("说明、许可等文档 1 个：README.md"), err);
        assertTrue(err.contains("隐藏文件或临时文件 3 个：.000.txt.swp.txt、.git/old.txt、~$报告.docx"), err);
        assertTrue(err.contains("不是可读取的报告格式 1 个：sources.csv"), err);
        assertTrue(err.contains("文本中没有“信息公开”或任何部分标题中的词 1 个：notes.txt"), err);
        assertFalse(err.contains("无法读取"), err);
    }

    @Test
    void a_damaged_report_in_a_folder_is_still_reported(@TempDir Path dir) throws Exception {
        Files.copy(REPORT, dir.resolve("000.txt"));
        Files.write(dir.resolve("2023年报.txt"), new byte[0]);
        Files.writeString(dir.resolve("abc.txt"), "政府信息公开工作年度报告\n（正文缺失）\n", StandardCharsets.UTF_8);
        byte[] garbled = new byte[3000];
        new java.util.Random(7).nextBytes(garbled);
        for (int i = 0; i < garbled.length; i++) if (garbled[i] == 0) garbled[i] = (byte) 0x81;
        Files.write(dir.resolve("xyz.txt"), garbled);
        Cli r = Cli.run("check", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("无法读取 " + dir.toString().replace('\\', '/') + "/2023年报.txt：文件为空"), r.err());
        assertTrue(r.err().contains("abc.txt：找不到任何一个必备部分的标题"), r.err());
        assertTrue(r.err().contains("xyz.txt：无法识别文件编码"), r.err());
    }

    @Test
    void a_file_named_on_the_command_line_is_always_checked(@TempDir Path dir) throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# 说明\n");
        Cli r = Cli.run("check", readme.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("无法读取 " + readme.toString().replace('\\', '/')), r.err());
    }
}
