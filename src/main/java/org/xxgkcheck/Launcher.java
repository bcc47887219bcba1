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
 * (xxgk-check-base.jsa with xxgk-check.jsa on top, see the pom). A large `check` batch restarts the same way, with
 * a heap that grows only as needed (see relaunchLargeBatch).
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
        if (args.length == 0 || args[0].equals("bench")) return -1;
        // A long-running service wants a heap that stays small, as a large batch does, and the optimising compiler,
        // which pays for itself over hours of requests.
        if (args[0].equals("serve")) return relaunchLargeBatch(args, true);
        if (!small(args)) return args[0].equals("check") ? relaunchLargeBatch(args, false) : -1;
        Path jar = ownJar();
        if (jar == null) return -1;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Whatever the user gave this JVM (-Xmx, -D…) goes to the restarted one too.
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        cmd.addAll(given);
        cmd.add("-XX:TieredStopAtLevel=1");
        if (given.stream().noneMatch(Launcher::choosesCollector)) cmd.add("-XX:+UseSerialGC");
        cmd.addAll(archiveFlags(jar));
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

    /** The class-data archives written next to the jar at build time, when they are not older than the jar. */
    private static List<String> archiveFlags(Path jar) {
        List<String> flags = new ArrayList<>();
        Path base = jar.resolveSibling("xxgk-check-base.jsa");
        Path top = jar.resolveSibling("xxgk-check.jsa");
        if (Files.isRegularFile(base) && newer(base, jar)) {
            // The top layer was recorded on the base one, so it is only ever used with it.
            boolean withTop = Files.isRegularFile(top) && newer(top, base);
            flags.add("-XX:SharedArchiveFile=" + base + (withTop ? File.pathSeparator + top : ""));
            // A stale archive is ignored; its warning must not reach stdout, which carries the result.
            flags.add("-Xlog:disable");
            flags.add("-Xlog:all=error:stderr");
        }
        return flags;
    }

    /** The most heap a large batch may take, unless this JVM's own default is smaller. */
    private static final long LARGE_BATCH_MAX_HEAP = 1024L * 1024 * 1024;

    /**
     * A large `check` batch in a child JVM whose memory stays flat: the JVM's default heap on a big machine is a
     * quarter of its memory, and the default collector fills much of it before collecting, although a batch holds
     * only the reports in hand (its results are streamed). The serial collector with a small initial heap grows the
     * heap only to what the reports in hand need (around 200 MB resident for thousands of text reports, measured),
     * and a ceiling keeps one enormous file from taking the machine; a big PDF still has room. Measured on 10,000
     * text reports with --jobs 2: about the throughput of the parallel collector capped at 256 MB, with less memory.
     * A collector or heap size the user chose (command line, JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS) is kept as given.
     */
    private static int relaunchLargeBatch(String[] args, boolean optimising) {
        Path jar = ownJar();
        if (jar == null) return -1;
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(given);
        // The client compiler only, as for short runs: a batch of thousands of reports spends less CPU time
        // in all with it than with the optimising compiler, whose compiling costs more than its faster code
        // saves (10,000 seed-size reports with --jobs 2, 2 cores: 26 s CPU against 31-34 s, 140 MB against
        // 230 MB resident).
        if (!optimising && given.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.contains("TieredCompilation"))) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.addAll(archiveFlags(jar));
        if (given.stream().noneMatch(Launcher::choosesCollector)) cmd.add("-XX:+UseSerialGC");
        if (given.stream().noneMatch(Launcher::sizesHeap)) {
            cmd.add("-Xms32m");
            cmd.add("-Xmx" + Math.min(LARGE_BATCH_MAX_HEAP, Runtime.getRuntime().maxMemory()) / (1024 * 1024) + "m");
        }
        cmd.add("-D" + CHILD + "=1");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            // A launcher that is stopped (kill, a service manager) stops its child: a service never outlives it.
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop child"));
            return child.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A JVM option that picks the garbage collector. */
    static boolean choosesCollector(String arg) {
        return arg.matches("-XX:[+-]Use\\w*GC");
    }

    /** A JVM option that sizes the heap, directly or as a share of memory. */
    static boolean sizesHeap(String arg) {
        return arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-Xmn")
            || arg.matches("-XX:(MaxHeapSize|InitialHeapSize|MinHeapSize|NewSize|MaxNewSize|MaxRAM|MaxRAMPercentage|MinRAMPercentage"
                + "|InitialRAMPercentage|MaxRAMFraction|MinRAMFraction|InitialRAMFraction|MinHeapFreeRatio|MaxHeapFreeRatio)=.*");
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
