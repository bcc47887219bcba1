package org.xxgkcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something that kept the tool from reading part of the input (kind "parse") or the input at all
 * (kind "input"). Never turned into a finding, never hidden.
 *
 * @param cause the exception behind the problem, when one was thrown: shown only with --debug, never in any
 *              output format, so users see the Chinese message and never a Java class name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String kind, String message, Location location, @JsonIgnore Throwable cause) {

    public Problem(String kind, String message, Location location) { this(kind, message, location, null); }

    public static Problem input(String message) { return new Problem("input", message, null); }

    public static Problem input(String message, Throwable cause) { return new Problem("input", message, null, cause); }

    public static Problem parse(String message, Location location) { return new Problem("parse", message, location); }

    public static Problem parse(String message, Location location, Throwable cause) {
        return new Problem("parse", message, location, cause);
    }

    /** The same problem at a location said as a person finds it. */
    public Problem at(Location where) { return new Problem(kind, message, where, cause); }

    /** True when the whole file could not be read as a report. */
    public boolean fatal() { return kind.equals("input"); }
}
