package org.xxgkcheck.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;

/**
 * One row per file, in batch order, printed as each report is done: UTF-8 with a byte-order mark so Excel opens
 * the Chinese text as such, fields quoted as RFC 4180 says, rows ended by CRLF on every platform.
 */
final class CsvWriter implements ResultWriter {
    private static final String CRLF = "\r\n";

    private final Writer out;
    private int index;

    CsvWriter(Writer out) { this.out = out; }

    @Override
    public void begin() throws IOException {
        out.write('\uFEFF');
        row(Summary.HEADER);
    }

    @Override
    public void result(CheckResult r) throws IOException {
        row(Summary.of(++index, r).cells());
    }

    @Override
    public void end(List<WaiverLedger.Status> waivers) {}

    private void row(List<?> cells) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(cells.get(i)));
        }
        out.write(sb.append(CRLF).toString());
    }

    static String field(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return TextWriter.points(d);
        if (value instanceof Number) return value.toString();
        String s = value.toString();
        // A text that starts like a formula would be run by a spreadsheet: report titles come from the files checked.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
            || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
