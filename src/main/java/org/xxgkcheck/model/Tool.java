package org.xxgkcheck.model;

/** The tool's name and version as the command line prints them and the JSON and SARIF reports record them. */
public final class Tool {
    private Tool() {}

    public static final String NAME = "xxgk-check";
    public static final String VERSION = "0.1.0";
}
