package org.xxgkcheck;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up is dominated by compiling the rules in a cold JVM (DROOLS.md §5). For the usual short runs — a
 * pre-publication gate, a few reports, a rules command — the jar restarts itself once in a JVM tuned for start-up:
 * client compiler only, serial GC, and the class-data archives written next to the jar at build time
 * (xxgk-check-base.jsa with xxgk-check.jsa on top, see the pom). A large batch stays in this JVM, where the
 * optimising compiler pays off.
 * Set XXGK_IN_PROCESS=1 to never restart.
 */
final class Launcher {
    private Launcher() {}

    static final String CHILD = "xxgk.child";
    /** Beyond this much input, throughput matters more than start-up. */
    private static final long SMALL_INPUT_BYTES = 32L * 1024 * 1024;
    private static final int SMALL_INPUT_FILES = 100;

    /** The exit code of the restarted run, or -1 to run here. */
    static int relaunch(String[] args) {
        if (System.getProperty(CHILD) != null || System.getenv("XXGK_IN_PROCESS") != null) return -1;
        if (args.length == 0 || args[0].equals("bench") || !small(args)) return -1;
        Path jar = ownJar();
        if (jar == null) return -1;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Whatever the user gave this JVM (-Xmx, -D…) goes to the restarted one too.
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        Path base = jar.resolveSibling("xxgk-check-base.jsa");
        Path top = jar.resolveSibling("xxgk-check.jsa");
        if (Files.isRegularFile(base) && newer(base, jar)) {
            // The top layer was recorded on the base one, so it is only ever used with it.
            boolean withTop = Files.isRegularFile(top) && newer(top, base);
            cmd.add("-XX:SharedArchiveFile=" + base + (withTop ? File.pathSeparator + top : ""));
            // A stale archive is ignored; its warning must not reach stdout, which carries the result.
            cmd.add("-Xlog:disable");
            cmd.add("-Xlog:all=error:stderr");
        }
        cmd.add("-D" + CHILD + "=1");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Few and small inputs: the paths among the arguments add up to little. */
    private static boolean small(String[] args) {
        long bytes = 0;
        int files = 0;
        for (String a : args) {
            if (a.startsWith("-")) continue;
            File f = new File(a);
            if (f.isFile()) {
                bytes += f.length();
                files++;
            } else if (f.isDirectory()) {
                String[] children = f.list();
                if (children == null) continue;
                files += children.length;
                for (String c : children) bytes += new File(f, c).length();
            }
            if (files > SMALL_INPUT_FILES || bytes > SMALL_INPUT_BYTES) return false;
        }
        return true;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean newer(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
