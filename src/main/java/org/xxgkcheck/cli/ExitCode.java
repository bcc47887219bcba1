package org.xxgkcheck.cli;

/** The exit codes of CONTRACT.md. */
public enum ExitCode {
    /** No finding at or above --fail-on. */
    OK(0),
    /** At least one finding at or above --fail-on. */
    FINDINGS(1),
    /** Usage error, or an input that could not be read at all. */
    USAGE_OR_INPUT(2),
    /** The rule set does not compile or has invalid metadata. */
    RULES(3);

    public final int code;

    ExitCode(int code) { this.code = code; }
}
