package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void bench_prints_milliseconds_per_report_for_every_format() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RootCommand.run(new String[] {"bench", "--warmup", "0", "--iterations", "1", "--rules", "rules", "fixtures/formats"},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        for (String f : new String[] {"docx", "html", "md", "pdf", "txt"}) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(f) && l.contains("1 份")), f + " missing in\n" + text);
        }
    }
}
