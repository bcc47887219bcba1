package org.xxgkcheck.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;

/** Output formats of `check`, chosen by name with --format. */
public enum Format {
    text, json, jsonl, sarif, html;

    /** A writer of this format that prints to {@code out} as results come (the caller flushes and closes out). */
    public ResultWriter open(Writer out) {
        return switch (this) {
            case text -> new TextWriter(out);
            case json -> JsonWriter.document(out);
            case jsonl -> JsonWriter.lines(out);
            case sarif -> new SarifWriter(out);
            case html -> new HtmlWriter(out);
        };
    }

    /** Whether a result is printed as soon as it is written (text, jsonl), not only at the end of the document. */
    public boolean printsEachResult() {
        return this == text || this == jsonl;
    }

    /**
     * When the rule set cannot be used (exit code 3): SARIF still prints a whole document, with the rule errors as
     * configuration notifications, so a pipeline reading stdout gets valid SARIF; other formats print nothing.
     */
    public void ruleSetFailed(List<ConfigurationNote> errors, Writer out) throws IOException {
        if (this == sarif) SarifWriter.ruleSetFailed(out, errors);
        out.flush();
    }

    /** All results at once, through the streaming writer. */
    public void write(List<CheckResult> results, List<WaiverLedger.Status> waivers, Writer out) throws IOException {
        try (ResultWriter w = open(out)) {
            w.begin();
            for (CheckResult r : results) w.result(r);
            w.end(waivers);
        }
        out.flush();
    }
}
