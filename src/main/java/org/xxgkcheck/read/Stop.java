package org.xxgkcheck.read;

/**
 * A reader that overran the time limit is interrupted; readers call {@link #check} in their loops so that it
 * then ends within moments and lets go of what it holds, instead of running on abandoned.
 */
public final class Stop {
    private Stop() {}

    /** Thrown out of a reader that was told to stop; never reaches a user (the file already has its problem). */
    public static final class Stopped extends RuntimeException {
        Stopped() { super("reading stopped", null, false, false); }
    }

    public static void check() {
        if (Thread.currentThread().isInterrupted()) throw new Stopped();
    }
}
