package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench` reports the stage split, the throughput of each format and the ratio to the rules alone (no timing asserted). */
class BenchCommandTest {

    @Test
    void bench_shows_where_the_time_goes_and_skips_what_it_cannot_read(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli r = Cli.run("bench", "--warmup", "0", "--iterations", "1", "--seconds", "0", "--rules", "rules",
            "fixtures/formats/minimal.txt", "fixtures/formats/minimal.md", empty.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(r.err().contains("提示：跳过无法读取的文件 " + empty.toString().replace('\\', '/') + "（文件为空）。"), r.err());
        assertTrue(out.contains("2 个文件（md 1，txt 1）"), out);
        for (String label : new String[] {"读取", "事实", "规则", "输出", "合计", "占比（全部）"}) assertTrue(out.contains(label), label + "\n" + out);
        for (String row : new String[] {"md ", "txt ", "全部 "}) {
            assertEquals(2, out.lines().filter(l -> l.startsWith(row)).count(), row + ": one split row and one throughput row\n" + out);
        }
        assertTrue(out.contains("端到端×1") && out.contains("端到端×2") && out.contains("仅规则×1") && out.contains("仅规则×2"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("端到端 ÷ 仅规则（全部）：1 个线程 ") && l.contains("，2 个线程 ")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("堆内存峰值：") && l.contains(" MB")), out);
    }
}
