package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipes, devices and pathological pages given anywhere the tool reads a file (reports, --previous, --waivers, the
 * rule data) cost a Chinese message, at once: nothing waits on a pipe, nothing reads /dev/zero, nothing takes minutes.
 */
class DevicesAndPipesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORT = Path.of("fixtures/rules/table/identities-ok-consistent-nonzero.txt");
    /** Generous for a loaded machine (rules are compiled in each run); a pipe waits forever, the deep page took 213 s. */
    private static final Duration AT_ONCE = Duration.ofSeconds(90);

    private static Path fifo(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor());
        return p;
    }

    @Test
    void a_pipe_or_device_named_as_input_is_refused_and_the_other_reports_checked(@TempDir Path dir) throws Exception {
        Path pipe = fifo(dir, "pipe.txt");
        Cli r = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run("check", "--format", "jsonl", "--fail-on", "never",
            pipe.toString(), "/dev/zero", REPORT.toString()));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("无法读取 " + pipe + "：不是普通文件（是命名管道（FIFO）），未读取"), r.err());
        assertTrue(r.err().contains("无法读取 /dev/zero：不是普通文件（是字符设备），未读取"), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals("input", JSON.readTree(lines[0]).path("problems").get(0).path("kind").asText());
        assertTrue(JSON.readTree(lines[2]).path("score").isNumber(), lines[2]);
    }

    @Test
    void a_pipe_or_device_met_in_a_folder_is_skipped_with_a_note(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        fifo(folder, "a-pipe.txt");
        Files.createSymbolicLink(folder.resolve("b-zero.txt"), Path.of("/dev/zero"));
        Files.copy(REPORT, folder.resolve("c-report.txt"));
        Cli r = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run("check", "--format", "jsonl", "--fail-on", "never", folder.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("提示：跳过 " + folder + "/a-pipe.txt：不是普通文件（是命名管道（FIFO））。"), r.err());
        assertTrue(r.err().contains("提示：跳过 " + folder + "/b-zero.txt：不是普通文件（是字符设备）。"), r.err());
        assertEquals(1, r.out().strip().split("\n").length, r.out());
        assertTrue(r.out().contains("c-report.txt"), r.out());
    }

    @Test
    void previous_reports_go_through_the_same_guards(@TempDir Path dir) throws Exception {
        Path pipe = fifo(dir, "last-year.txt");
        // 100,000 nested elements: refused by depth before any step walks them once per level (213 s before).
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(100_000) + "一、总体情况" + "</div>".repeat(100_000) + "</body></html>",
            StandardCharsets.UTF_8);
        Cli r = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run("check", "--format", "json", "--fail-on", "never",
            "--previous", pipe + "," + deep, REPORT.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("警告：无法读取上一年度报告 " + pipe + "：不是普通文件（是命名管道（FIFO）），未读取"), r.err());
        assertTrue(r.err().contains("警告：无法读取上一年度报告 " + deep + "：网页的标签嵌套过深（超过 512 层）"), r.err());
        JsonNode results = JSON.readTree(r.out()).path("results");
        assertEquals(1, results.size());
        assertFalse(r.err().contains("内部错误"), r.err());
    }

    @Test
    void a_pipe_as_waivers_or_rule_data_is_an_error_at_once(@TempDir Path dir) throws Exception {
        Path pipe = fifo(dir, "waivers.txt");
        Cli w = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run("check", "--waivers", pipe.toString(), REPORT.toString()));
        assertEquals(2, w.code(), w.err());
        assertTrue(w.err().contains("错误：豁免清单 " + pipe + "：不是普通文件（是命名管道（FIFO）），未读取"), w.err());

        Path rules = Cli.copyRules(dir);
        Files.delete(rules.resolve("vocabulary.txt"));
        fifo(rules, "vocabulary.txt");
        Cli v = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run("check", "--rules", rules.toString(), "--no-cache", REPORT.toString()));
        assertEquals(3, v.code(), v.err());
        assertTrue(v.err().contains("错误：无法读取规则：rules/vocabulary.txt：不是普通文件（是命名管道（FIFO）），未读取"), v.err());
    }
}
