package org.xxgkcheck.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.model.Location;

/**
 * What one rule concluded about the report, with the rule's metadata copied in for the reader.
 *
 * @param cells the table cells the rule matched ("T3.NEW.NP"; those it summed when it collected them): the HTML
 *              page highlights them; not printed in JSON
 */
@JsonPropertyOrder({"ruleId", "severity", "category", "title", "message", "location", "evidence", "basis", "points", "explain"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(String ruleId, String severity, String category, String title, String message,
                      Location location, Map<String, Object> evidence, String basis, double points,
                      Explanation explain, @JsonIgnore List<String> cells) {

    public Finding(String ruleId, String severity, String category, String title, String message,
                   Location location, Map<String, Object> evidence, String basis, double points, Explanation explain) {
        this(ruleId, severity, category, title, message, location, evidence, basis, points, explain, List.of());
    }

    public Finding withExplanation(Explanation e) {
        return new Finding(ruleId, severity, category, title, message, location, evidence, basis, points, e, cells);
    }

    /** The same finding under a profile's severity and points. */
    public Finding withWeight(String newSeverity, double newPoints) {
        return new Finding(ruleId, newSeverity, category, title, message, location, evidence, basis, newPoints, explain, cells);
    }

    public Severity severityLevel() { return Severity.parse(severity); }
}
