package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --debug shows the exception behind a file that could not be read; without it no English reaches the user. */
class DebugTraceTest {

    @Test
    void a_damaged_pdf_shows_the_library_exception_only_with_debug(@TempDir Path dir) throws Exception {
        // Starts and ends like a PDF (so the guards let it through), but PDFBox finds no document in between.
        Path pdf = Files.writeString(dir.resolve("坏的.pdf"), "%PDF-1.4\ngarbage\ntrailer\n%%EOF\n", StandardCharsets.ISO_8859_1);
        Cli plain = Cli.run("check", pdf.toString());
        assertEquals(2, plain.code());
        assertTrue(plain.err().contains("PDF 文件已损坏，无法读取"), plain.err());
        assertFalse(plain.err().contains("Exception") || plain.err().contains("\tat "), plain.err());

        Cli debug = Cli.run("check", "--debug", pdf.toString());
        assertEquals(2, debug.code());
        assertTrue(debug.err().contains("调试信息：PDF 文件已损坏"), debug.err());
        assertTrue(debug.err().contains("Exception") && debug.err().contains("\tat org.apache.pdfbox."), debug.err());
    }

    @Test
    void an_output_path_that_is_a_folder_is_said_in_chinese(@TempDir Path dir) {
        Cli r = Cli.run("check", "--output", dir.toString(), "fixtures/formats/minimal.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("错误：无法写入输出文件 " + dir + "：这是一个目录，不是文件"), r.err());
    }

    @Test
    void drools_own_words_appear_only_with_debug_and_labelled(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path fee = rules.resolve("narrative/NAR-FEE.drl");
        Files.writeString(fee, Files.readString(fee, StandardCharsets.UTF_8).replaceFirst("\nthen\n", "\n"), StandardCharsets.UTF_8);
        Cli plain = Cli.run("rules", "verify", "--rules", rules.toString());
        assertEquals(3, plain.code());
        assertTrue(plain.err().contains("规则文件 rules/narrative/NAR-FEE.drl 第 "), plain.err());
        assertFalse(plain.err().contains("Drools 原文") || plain.err().contains("ERR ") || plain.err().contains("mismatched")
            || plain.err().contains("no viable"), plain.err());
        Cli debug = Cli.run("rules", "verify", "--debug", "--rules", rules.toString());
        assertTrue(debug.err().contains("调试信息（Drools 的原始信息）：[ERR "), debug.err());
    }
}
