package org.xxgkcheck.output;

import java.io.PrintStream;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;

/** Output formats of `check`, chosen by name with --format. */
public enum Format {
    text, json, jsonl, sarif, html;

    public void write(List<CheckResult> results, PrintStream out) {
        write(results, List.of(), out);
    }

    /** @param waivers the status of every waiver after the batch (empty without --waivers) */
    public void write(List<CheckResult> results, List<WaiverLedger.Status> waivers, PrintStream out) {
        switch (this) {
            case text -> TextWriter.write(results, waivers, out);
            case json -> JsonWriter.writeJson(results, waivers, out);
            case jsonl -> JsonWriter.writeJsonLines(results, out);
            case sarif -> SarifWriter.write(results, out);
            case html -> HtmlWriter.write(results, out);
        }
        out.flush();
    }
}
