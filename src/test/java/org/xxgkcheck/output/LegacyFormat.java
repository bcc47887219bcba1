package org.xxgkcheck.output;

import java.io.PrintStream;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;

/**
 * The writers as they were before output was streamed (copied verbatim, renamed Legacy*), which built each document
 * from the whole list of results: the streaming writers must print the same bytes (SARIF: the same document; its
 * old Map.of objects had a random key order). The HTML page has been redesigned since, and CSV and XLSX came later:
 * they have no earlier writer.
 */
public final class LegacyFormat {
    private LegacyFormat() {}

    public static void write(Format format, List<CheckResult> results, List<WaiverLedger.Status> waivers, PrintStream out) {
        switch (format) {
            case text -> LegacyTextWriter.write(results, waivers, out);
            case json -> LegacyJsonWriter.writeJson(results, waivers, out);
            case jsonl -> LegacyJsonWriter.writeJsonLines(results, out);
            case sarif -> LegacySarifWriter.write(results, out);
            default -> throw new IllegalArgumentException(format + " was made after streaming; it has no earlier writer");
        }
        out.flush();
    }
}
