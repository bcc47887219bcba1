package org.xxgkcheck.check;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;
import org.xxgkcheck.read.InputFile;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.template.TemplateBook;
import org.xxgkcheck.understand.ReadFailure;
import org.xxgkcheck.understand.ReportReader;

/**
 * The one way a file becomes facts, for this year's reports and last year's alike: only a regular file is opened
 * (a pipe or a device is refused at once), at most the size cap is read, reading and understanding run under the
 * time limit on a thread of their own, and whatever is thrown there (an exception, running out of memory or stack)
 * becomes a Chinese problem for that file instead of ending the run.
 */
public final class BoundedRead {
    private BoundedRead() {}

    /** How long a reader that overran the time limit is given to notice it was stopped before it is left behind. */
    static final long STOP_GRACE_MILLIS = 5000;

    /** The file's size as the file system reports it, or why it is refused before anything is opened. */
    public record Stat(long size, String refusal) {}

    public static Stat stat(Path file, Limits limits) {
        try {
            String other = InputFile.notRegular(file);
            if (other != null) return new Stat(0, "不是普通文件（是" + other + "），未读取");
            long size = Files.readAttributes(file, BasicFileAttributes.class).size();
            // Larger inputs are refused before reading, so one huge file cannot exhaust memory.
            if (size > limits.maxFileBytes()) return new Stat(size, InputFile.tooLarge(size, limits.maxFileBytes()));
            return new Stat(size, null);
        } catch (NoSuchFileException e) {
            return new Stat(0, "文件不存在");
        } catch (IOException | RuntimeException e) {
            return new Stat(0, "无法查看文件（" + (e.getMessage() == null ? "读取失败" : e.getMessage()) + "）");
        }
    }

    public static ReportReader.Parsed file(Path file, String displayName, Limits limits, TemplateBook templates, List<Term> terms) {
        String format = ReportReader.extension(displayName);
        Stat stat = stat(file, limits);
        if (stat.refusal() != null) return failed(format, stat.refusal(), null);
        return timed(displayName, limits, () -> {
            byte[] bytes;
            try {
                bytes = InputFile.read(file, limits.maxFileBytes());
            } catch (InputFile.Refused e) {
                return failed(format, e.getMessage(), e.getCause());
            }
            return ReportReader.read(displayName, bytes, limits, templates, terms);
        });
    }

    public static ReportReader.Parsed bytes(String displayName, byte[] bytes, Limits limits, TemplateBook templates, List<Term> terms) {
        return timed(displayName, limits, () -> ReportReader.read(displayName, bytes, limits, templates, terms));
    }

    /** A reader that waits rather than computes (a stalled network file system) is stopped after this many limits. */
    static final int WAIT_LIMITS = 6;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Runs a read on a daemon thread under the time limit: a file that defeats the readers' own bounds costs this
     * file a problem, not the batch. The limit counts the reader's own processor time, so a busy machine (other
     * threads, other builds) never stops a good report; wall time stops only a reader that hangs. A reader past the
     * limit is interrupted (the readers check for it in their loops and the file channel closes) and waited for a
     * few seconds more, so the memory it holds is free again before the next file is admitted in its place.
     */
    private static ReportReader.Parsed timed(String displayName, Limits limits, Callable<ReportReader.Parsed> read) {
        FutureTask<ReportReader.Parsed> task = new FutureTask<>(read);
        Thread t = new Thread(task, "read " + displayName);
        t.setDaemon(true);
        String format = ReportReader.extension(displayName);
        long limit = limits.readTimeout().toNanos();
        try {
            long start = System.nanoTime();
            t.start();
            while (true) {
                try {
                    return task.get(Math.min(100, Math.max(1, limits.readTimeout().toMillis())), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long wall = System.nanoTime() - start;
                    long cpu = cpuTime(t);
                    if ((cpu >= 0 ? cpu : wall) > limit || wall > WAIT_LIMITS * limit) break;
                }
            }
            task.cancel(true);
            join(t);
            return failed(format, "读取超时（超过 " + limits.readTimeout().toSeconds() + " 秒），文件可能异常复杂或是恶意构造的，已放弃", null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return failed(format, "读取被中断", e);
        } catch (ExecutionException e) {
            // The reader guards its own steps; this is the net for what escapes them.
            return failed(format, escaped(e.getCause()), e.getCause());
        } catch (OutOfMemoryError e) {
            // Not even the reading thread could be started.
            return failed(format, "内存不足，未能读取", e);
        }
    }

    /** The processor time the thread has used, in nanoseconds, or -1 where the JVM cannot tell. */
    private static long cpuTime(Thread t) {
        try {
            return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(t.getId()) : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    static String escaped(Throwable c) {
        if (c instanceof OutOfMemoryError) return "文件过于复杂，读取时内存不足，已放弃";
        if (c instanceof StackOverflowError) return "文件结构嵌套过深，无法读取";
        return ReadFailure.message("文件", c) + "，未能读取";
    }

    private static void join(Thread t) {
        try {
            t.join(STOP_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ReportReader.Parsed failed(String format, String message, Throwable cause) {
        return new ReportReader.Parsed(List.of(), new ReportInfo(null, null, null, null, null, format),
            List.of(Problem.input(message, cause)));
    }
}
