package org.xxgkcheck.findings;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where in the report a finding or problem sits; null fields are unknown and left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(Integer part, String table, String row, String column, Integer line) {

    public static final Location NONE = new Location(null, null, null, null, null);

    public static Location ofPart(int part, Integer line) {
        return new Location(part, null, null, null, line);
    }

    public static Location ofLine(Integer part, int line) {
        return new Location(part, null, null, null, line);
    }
}
