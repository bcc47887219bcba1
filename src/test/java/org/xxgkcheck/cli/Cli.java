package org.xxgkcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs the command line in-process and captures stdout, stderr and the exit code. */
record Cli(int code, String out, String err, byte[] bytes) {

    static Cli run(String... args) {
        return run(Terminal.NONE, args);
    }

    /** As if stdout and stderr were the terminals {@code terminal} says. */
    static Cli run(Terminal terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RootCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    /** A copy of the project's rules/ to edit in a test. */
    static Path copyRules(Path dir) throws IOException {
        Path src = Path.of("rules");
        Path dst = dir.resolve("rules");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }
}
