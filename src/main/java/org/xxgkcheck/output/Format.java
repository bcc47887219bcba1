package org.xxgkcheck.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;

/** Output formats of `check`, chosen by name with --format. */
public enum Format {
    text, json, jsonl, sarif, html, csv, xlsx;

    /** A writer of this text format that prints to {@code out} as results come (the caller flushes and closes out). */
    public ResultWriter open(Writer out) {
        return open(out, Run.NONE);
    }

    /** As {@link #open(Writer)}, with what the batch formats print about the run. */
    public ResultWriter open(Writer out, Run run) {
        return switch (this) {
            case text -> new TextWriter(out);
            case json -> JsonWriter.document(out);
            case jsonl -> JsonWriter.lines(out);
            case sarif -> new SarifWriter(out);
            case html -> new HtmlWriter(out, run);
            case csv -> new CsvWriter(out);
            case xlsx -> throw new IllegalArgumentException("xlsx is written as bytes: open(OutputStream, Run)");
        };
    }

    /** A writer of this binary format over {@code out} (left open). */
    public ResultWriter open(OutputStream out, Run run) {
        if (this != xlsx) throw new IllegalArgumentException(this + " is text: open(Writer, Run)");
        return new XlsxWriter(out, run);
    }

    /** A spreadsheet file, not text: never printed to a terminal. */
    public boolean binary() {
        return this == xlsx;
    }

    /** Whether a result is printed as soon as it is written (text, jsonl, csv), not only at the end of the document. */
    public boolean printsEachResult() {
        return this == text || this == jsonl || this == csv;
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
