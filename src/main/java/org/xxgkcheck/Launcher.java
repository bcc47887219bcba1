package org.xxgkcheck;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up is dominated by compiling the rules in a cold JVM (DROOLS.md §5). For the usual short runs — a
 * pre-publication gate, a few reports, a rules command — the jar restarts itself once in a JVM tuned for start-up:
 * client compiler only, serial GC, and the class-data archives written next to the jar at build time
 * (xxgk-check-base.jsa with xxgk-check.jsa on top, see the pom). A large `check` batch restarts the same way with a
 * heap that grows only as needed (see LARGE_BATCH_MAX_HEAP); `serve` too, but keeping the optimising compiler.
 * Set XXGK_IN_PROCESS=1 to never restart.
 *
 * The restart must never cost the user the check: options the user chose win over the added ones, an archive is
 * used only when it matches the seal written beside it at build time, a child that cannot start or dies of a
 * signal before printing anything is replaced by a run in this process, SIGTERM and SIGINT reach the child, and
 * nothing the child's JVM says about itself reaches stdout, which carries the result.
 */
final class Launcher {
    private Launcher() {}

    static final String CHILD = "xxgk.child";
    /** Beyond this much input, throughput matters more than start-up. */
    private static final long SMALL_INPUT_BYTES = 32L * 1024 * 1024;
    private static final int SMALL_INPUT_FILES = 100;
    /** Options a user may give the JVM outside its command line; they are the user's choices too. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /** The exit code of the restarted run, or -1 to run here. */
    static int relaunch(String[] args) {
        if (System.getProperty(CHILD) != null || System.getenv("XXGK_IN_PROCESS") != null) return -1;
        if (args.length == 0 || args[0].equals("bench")) return -1;
        // A long-running service wants a heap that stays small, as a large batch does, and the optimising compiler,
        // which pays for itself over hours of requests.
        boolean serve = args[0].equals("serve");
        boolean small = !serve && small(args);
        if (!small && !serve && !args[0].equals("check")) return -1;
        Path jar = ownJar();
        if (jar == null) return -1;
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> chosen = chosenOptions(given);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(quietVm(List.of(args).contains("--debug")));
        // Whatever the user gave this JVM (-Xmx, -D…, a collector) goes to the restarted one too, after the above.
        cmd.addAll(given);
        if (chosen.stream().noneMatch(Launcher::choosesCollector)) cmd.add("-XX:+UseSerialGC");
        // The client compiler, except for the service: for short runs it starts fastest, and a batch of thousands of
        // reports spends less CPU time in all with it than with the optimising compiler, whose compiling costs more
        // than its faster code saves (10,000 seed-size reports, --jobs 2, 2 cores: 26 s CPU against 31-34 s,
        // 140 MB against 230 MB resident).
        if (!serve && chosen.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.contains("TieredCompilation"))) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.addAll(archiveOptions(jar));
        if (!small && chosen.stream().noneMatch(Launcher::sizesHeap)) {
            cmd.add("-Xms32m");
            cmd.add("-Xmx" + Math.min(LARGE_BATCH_MAX_HEAP, Runtime.getRuntime().maxMemory()) / (1024 * 1024) + "m");
        }
        cmd.add("-D" + CHILD + "=1");
        return run(cmd, jar, args);
    }

    /**
     * The most heap a large batch may take, unless this JVM's own default is smaller. A large `check` batch runs in
     * a child JVM whose memory stays flat: the JVM's default heap on a big machine is a quarter of its memory, and
     * the default collector fills much of it before collecting, although a batch holds only the reports in hand
     * (its results are streamed). The serial collector with a small initial heap grows the heap only to what the
     * reports in hand need (around 200 MB resident for thousands of text reports, measured), and a ceiling keeps
     * one enormous file from taking the machine; a big PDF still has room. Measured on 10,000 text reports with
     * --jobs 2: about the throughput of the parallel collector capped at 256 MB, with less memory.
     */
    private static final long LARGE_BATCH_MAX_HEAP = 1024L * 1024 * 1024;

    /**
     * The child JVM's own messages never reach stdout: unified logging (whose default output is stdout) and VM
     * errors such as a refused option go to stderr, errors only, so a stale archive's warning stays quiet. A crash
     * report cannot be moved off stdout (the JVM writes its summary there whatever the options), so it is not
     * written at all, nor a core file: the launcher notes the crash in Chinese and checks in process. With --debug
     * the report is kept, in the temp folder rather than the working folder.
     */
    private static List<String> quietVm(boolean debug) {
        List<String> options = new ArrayList<>(List.of("-Xlog:disable", "-Xlog:all=error:stderr", "-XX:+DisplayVMOutputToStderr",
            "-XX:-CreateCoredumpOnCrash"));
        options.add(debug ? "-XX:ErrorFile=" + crashReport("%p") : "-XX:+SuppressFatalErrorMessage");
        return options;
    }

    private static Path crashReport(String pid) {
        return Path.of(System.getProperty("java.io.tmpdir"), "xxgk-check-hs_err_pid" + pid + ".log");
    }

    /** The user's own JVM options: the command line, and those given through the environment. */
    static List<String> chosenOptions(List<String> given) {
        List<String> all = new ArrayList<>(given);
        for (String v : OPTION_VARIABLES) {
            String value = System.getenv(v);
            if (value != null && !value.isBlank()) all.addAll(List.of(value.strip().split("\\s+")));
        }
        return all;
    }

    /** Both archive layers, when the base one is sound (the top layer was recorded on it, so it is never used alone). */
    private static List<String> archiveOptions(Path jar) {
        Path base = jar.resolveSibling("xxgk-check-base.jsa");
        Path top = jar.resolveSibling("xxgk-check.jsa");
        if (!Files.isRegularFile(base) || !newer(base, jar) || !ArchiveSeal.intact(base)) return List.of();
        boolean withTop = Files.isRegularFile(top) && newer(top, base) && ArchiveSeal.intact(top);
        return List.of("-XX:SharedArchiveFile=" + base + (withTop ? File.pathSeparator + top : ""));
    }

    /**
     * Runs the child with this process's stdin, stdout and stderr, and forwards SIGTERM and SIGINT to it (this
     * JVM's shutdown hook ends it and waits). Returns the child's exit code, or -1 when the check should run here
     * instead: the child could not be started, or it did not reach its own end (its JVM failed before main, or it
     * crashed or was killed) before printing anything. A child that dies after printing part of the output gives 2.
     */
    private static int run(List<String> cmd, Path jar, String[] args) {
        Path state;
        try {
            state = Files.createTempFile("xxgk-check-child-", ".state");
        } catch (IOException e) {
            return -1;
        }
        try {
            List<String> full = new ArrayList<>(cmd);
            full.add("-D" + ChildState.PROPERTY + "=" + state);
            full.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
            full.addAll(List.of(args));
            Process child;
            try {
                child = new ProcessBuilder(full).inheritIO().start();
            } catch (IOException e) {
                return -1;
            }
            AtomicBoolean stopping = new AtomicBoolean();
            Thread forward = new Thread(() -> {
                stopping.set(true);
                stop(child);
            }, "xxgk-check stop child");
            Runtime.getRuntime().addShutdownHook(forward);
            int code = waitFor(child);
            try {
                Runtime.getRuntime().removeShutdownHook(forward);
            } catch (IllegalStateException e) {
                // This JVM is shutting down (SIGTERM, SIGINT): the hook has stopped the child; nothing more to do.
            }
            if (stopping.get()) return code;
            ChildState.Reached reached = ChildState.read(state);
            if (reached == ChildState.Reached.ENDED) return code;
            PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
            String why = reached == ChildState.Reached.NOT_STARTED ? "未能启动" : "意外终止";
            Path crash = crashReport(Long.toString(child.pid()));
            String report = Files.exists(crash) ? "崩溃记录：" + crash : "";
            if (reached == ChildState.Reached.WROTE_OUTPUT) {
                // Checking again would print the same results twice: the user gets an incomplete output, and says so.
                err.println("错误：检查子进程意外终止（退出码 " + code + "），输出不完整；设置环境变量 XXGK_IN_PROCESS=1 可不启动子进程。" + report);
                return 2;
            }
            err.println("提示：检查子进程" + why + "（退出码 " + code + "），改在本进程中检查。" + report);
            return -1;
        } finally {
            try {
                Files.deleteIfExists(state);
            } catch (IOException e) {
                // a few bytes left in the temp folder
            }
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Only the child's end ends this wait; a signal to stop reaches the child through the shutdown hook.
            }
        }
    }

    /** SIGTERM to the child, SIGKILL if it has not ended within ten seconds. */
    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
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
