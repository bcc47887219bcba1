package org.xxgkcheck.output;

import java.io.PrintStream;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;

/** Output formats of `check`, chosen by name with --format. */
public enum Format {
    text, json, jsonl;

    public void write(List<CheckResult> results, PrintStream out) {
        switch (this) {
            case text -> TextWriter.write(results, out);
            case json -> JsonWriter.writeJson(results, out);
            case jsonl -> JsonWriter.writeJsonLines(results, out);
        }
        out.flush();
    }
}
