package org.xxgkcheck.read;

/** Thrown by a reader with a Chinese reason when a file cannot be read as a report at all. */
public final class NotReadable extends Exception {
    public NotReadable(String reason) { super(reason); }

    public NotReadable(String reason, Throwable cause) { super(reason, cause); }
}
