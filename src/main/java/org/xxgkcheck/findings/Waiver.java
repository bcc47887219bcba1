package org.xxgkcheck.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.ReportInfo;

/**
 * An accepted finding: for one report (by file name, or by issuing body and year), one rule and optionally one
 * place (and, optionally, only while the finding has one severity), with the reason, who approved it and
 * until when it holds.
 */
@JsonPropertyOrder({"source", "report", "ruleId", "reason", "approver", "expires"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Waiver(String source, String report, String organ, Integer year, String ruleId, Integer part,
                     String table, String row, String column, String severity, String reason, String approver,
                     LocalDate expires) {

    @JsonIgnore
    public boolean expiredOn(LocalDate today) { return expires.isBefore(today); }

    /** Whether this waiver names this report: its file (path or bare name), or its body and year. */
    public boolean coversReport(String file, ReportInfo info) {
        if (report != null) {
            String f = file.replace('\\', '/');
            return f.equals(report) || f.endsWith("/" + report);
        }
        return info != null && organ != null && organ.equals(info.organ()) && (year == null || year.equals(info.year()));
    }

    public boolean covers(Finding f) {
        Location l = f.location();
        return f.ruleId().equals(ruleId)
            && (part == null || part.equals(l.part()))
            && (table == null || table.equals(l.table()))
            && (row == null || row.equals(l.row()))
            && (column == null || column.equals(l.column()))
            && (severity == null || severity.equals(f.severity()));
    }
}
