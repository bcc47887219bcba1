package org.xxgkcheck.cli;

import java.io.PrintStream;

/**
 * "[37/320] 文件名" on stderr as each report of a batch is done, rewritten in place on one line. Only shown when
 * stderr is a terminal (never in a log file or a pipe); other messages clear the line first, so they stand alone.
 */
final class Progress {
    /** Terminal columns the line may take, so it never wraps (a wrapped line cannot be rewritten in place). */
    static final int WIDTH = 72;

    private final PrintStream err;
    private final int total;
    private final boolean on;
    private boolean shown;

    Progress(PrintStream err, int total, boolean on) {
        this.err = err;
        this.total = total;
        this.on = on;
    }

    void show(int done, String file) {
        if (!on) return;
        String head = "[" + done + "/" + total + "] ";
        err.print("\r\033[K" + head + fit(file.substring(file.lastIndexOf('/') + 1), WIDTH - head.length()));
        err.flush();
        shown = true;
    }

    /** Removes the progress line, before another message or at the end. */
    void clear() {
        if (!shown) return;
        err.print("\r\033[K");
        err.flush();
        shown = false;
    }

    /** The end of a name within the given terminal columns (a Chinese character takes two). */
    static String fit(String name, int columns) {
        int used = 0;
        for (int i = name.length() - 1; i >= 0; i--) {
            used += name.charAt(i) > 0xFF ? 2 : 1;
            // One column is left for the ellipsis in front of a name that does not fit.
            if (used > columns - 1 && i > 0) return "…" + name.substring(i + 1);
        }
        return name;
    }
}
