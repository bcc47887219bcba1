package org.xxgkcheck.findings;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something that kept the tool from reading part of the input (kind "parse") or the input at all
 * (kind "input"). Never turned into a finding, never hidden.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String kind, String message, Location location) {

    public static Problem input(String message) { return new Problem("input", message, null); }

    public static Problem parse(String message, Location location) { return new Problem("parse", message, location); }

    /** True when the whole file could not be read as a report. */
    public boolean fatal() { return kind.equals("input"); }
}
