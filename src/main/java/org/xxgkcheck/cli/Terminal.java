package org.xxgkcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdout and stderr go to a terminal: a batch then shows its progress on stderr, and a binary result is
 * not printed on the screen. Given to the command line by Main; tests pass their own.
 */
public record Terminal(boolean stdout, boolean stderr) {
    /** Neither is a terminal: what in-process runs (tests, other programs) get unless they say otherwise. */
    public static final Terminal NONE = new Terminal(false, false);

    /**
     * Linux names each open descriptor in /proc/self/fd: a terminal is a /dev/pts or /dev/tty device. Elsewhere,
     * Java 17 only says whether the process has a console (stdin and stdout both terminals).
     */
    public static Terminal detect() {
        Boolean out = device(1);
        Boolean err = device(2);
        boolean console = System.console() != null;
        return new Terminal(out == null ? console : out, err == null ? console : err);
    }

    private static Boolean device(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
