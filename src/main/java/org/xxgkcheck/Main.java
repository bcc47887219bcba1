package org.xxgkcheck;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.xxgkcheck.cli.RootCommand;

/** Entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        ChildState.started();
        int relaunched = Launcher.relaunch(args);
        if (relaunched >= 0) System.exit(relaunched);
        // Output is UTF-8 whatever the platform default, so results never depend on the machine's locale.
        PrintStream out = new PrintStream(ChildState.stdout(new java.io.FileOutputStream(java.io.FileDescriptor.out)), true,
            StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = RootCommand.run(args, out, err, org.xxgkcheck.cli.Terminal.detect());
        ChildState.ended();
        System.exit(code);
    }
}
