package org.xxgkcheck.output;

import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Snapshot;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.ReportInfo;

/**
 * Where a finding sits and the text found there, said once for the CSV, spreadsheet and HTML writers: each is one
 * method, so how a place is named and where its quote comes from can change in one spot for every batch format.
 */
final class Where {
    private Where() {}

    /** Longest quote printed; longer paragraphs are cut with an ellipsis. */
    static final int QUOTE = 160;

    /** The place of a finding in Chinese: 第三部分·表三·（七）总计·自然人·第102行, 第3页第24行 for PDF. */
    static String place(Finding f, ReportInfo info) {
        return place(f.location(), info);
    }

    /** A place in the report (of a finding or a reading problem) in Chinese, "全文" when it names none. */
    static String place(Location l, ReportInfo info) {
        return org.xxgkcheck.model.LocationText.place(l);
    }

    /**
     * The text at the finding's place: the paragraph there as printed (shortened), else the quote the reader took
     * (the sentence, or the table row, as normalised for reading); "" when there is neither.
     */
    static String quote(Finding f, Snapshot s) {
        Location l = f.location();
        String text = l == null || l.table() != null || s == null ? null : s.passage(l.part(), l.line());
        if (text == null) return l != null && l.quote() != null ? l.quote() : "";
        text = text.strip();
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE - 1) + "…";
    }
}
