package org.xxgkcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where in the report a finding or problem sits; null fields are unknown and left out of the JSON. The path names
 * the place in the template's words when whoever made the location knew the template.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(Integer part, String table, String row, String column, Integer line,
                       @JsonIgnore String path) {

    public static final Location NONE = new Location(null, null, null, null, null);

    public Location(Integer part, String table, String row, String column, Integer line) {
        this(part, table, row, column, line, null);
    }

    /** The same place named in the template's words (第三部分·表三·（七）总计·自然人), for the text writers. */
    public Location withPath(String path) {
        return new Location(part, table, row, column, line, path);
    }

    public static Location ofPart(int part, Integer line) {
        return new Location(part, null, null, null, line);
    }

    public static Location ofLine(Integer part, int line) {
        return new Location(part, null, null, null, line);
    }
}
