package org.xxgkcheck.model;

/** The tool's name and version as the command line prints them and the JSON and SARIF reports record them. */
public final class Tool {
    private Tool() {}

    public static final String NAME = "xxgk-check";
    public static final String VERSION = "0.1.0";

    /**
     * Where SARIF viewers send a reader for information about the tool. The tool has no public web page yet, so this
     * is a stable name rather than an address; put the page's https address here once there is one.
     */
    public static final String INFORMATION_URI = "urn:xxgk-check:" + VERSION;
}
