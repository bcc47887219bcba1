package org.xxgkcheck.output;

import java.io.PrintStream;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;

/**
 * The writers as they were before output was streamed (copied, renamed Legacy*, and since kept in step with what
 * the writers print: places said by LocationText, SARIF regions, suppressions and notifications), which build each
 * document from the whole list of results: the streaming writers must print the same bytes (SARIF: the same
 * document; its Map.of objects have a random key order).
 */
public final class LegacyFormat {
    private LegacyFormat() {}

    public static void write(Format format, List<CheckResult> results, List<WaiverLedger.Status> waivers, PrintStream out) {
        switch (format) {
            case text -> LegacyTextWriter.write(results, waivers, out);
            case json -> LegacyJsonWriter.writeJson(results, waivers, out);
            case jsonl -> LegacyJsonWriter.writeJsonLines(results, out);
            case sarif -> LegacySarifWriter.write(results, waivers, out);
            default -> throw new IllegalArgumentException(format + " was made after streaming; it has no earlier writer");
        }
        out.flush();
    }
}
