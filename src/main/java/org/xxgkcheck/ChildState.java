package org.xxgkcheck;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far a restarted child got, told to the launcher through a file the launcher creates and names in a system
 * property: empty until the child's JVM reaches main, then "started", "wrote" once something went to stdout, and
 * "ended" once the command has finished and the child is about to exit with its code. The exit code alone cannot
 * tell: a JVM that cannot start, or that crashes without a core file, exits 1 like a check with findings. A
 * child that did not end this way is replaced by a run in the launcher, unless it already wrote part of the output.
 */
final class ChildState {
    private ChildState() {}

    static final String PROPERTY = "xxgk.child.state";

    enum Reached { NOT_STARTED, STARTED, WROTE_OUTPUT, ENDED }

    /** In a child: main has been reached. */
    static void started() { note("started"); }

    /** In a child: the command is done; only the exit remains. */
    static void ended() { note("ended"); }

    /** In a child: stdout, noting the first byte written to it; elsewhere the stream itself. */
    static OutputStream stdout(OutputStream out) {
        if (file() == null) return out;
        return new FilterOutputStream(out) {
            private boolean wrote;

            @Override public void write(int b) throws IOException {
                first();
                out.write(b);
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                first();
                out.write(b, off, len);
            }

            private void first() {
                if (wrote) return;
                wrote = true;
                note("wrote");
            }
        };
    }

    /** In the launcher, once the child has exited. */
    static Reached read(Path f) {
        try {
            return switch (Files.readString(f).strip()) {
                case "" -> Reached.NOT_STARTED;
                case "started" -> Reached.STARTED;
                case "ended" -> Reached.ENDED;
                default -> Reached.WROTE_OUTPUT;
            };
        } catch (IOException e) {
            // Unknown: the safe guess is that output was written, so nothing is printed twice.
            return Reached.WROTE_OUTPUT;
        }
    }

    private static void note(String stage) {
        Path f = file();
        if (f == null) return;
        try {
            Files.writeString(f, stage);
        } catch (IOException e) {
            // Unrecorded, the launcher underrates how far the child got; that only matters if the child dies.
        }
    }

    private static Path file() {
        String p = System.getProperty(PROPERTY);
        return p == null ? null : Path.of(p);
    }
}
