package org.xxgkcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.template.TemplateBook;
import org.xxgkcheck.understand.ReadFailure;
import org.xxgkcheck.understand.ReportReader;

/**
 * The one way a file becomes facts, for this year's reports and last year's alike: existence, permission and
 * size are checked before reading, reading runs under the time limit, and whatever goes wrong becomes a Chinese
 * problem for that file instead of ending the run.
 */
public final class BoundedRead {
    private BoundedRead() {}

    public static ReportReader.Parsed file(Path file, String displayName, Limits limits, TemplateBook templates, List<Term> terms) {
        String format = ReportReader.extension(displayName);
        try {
            if (!Files.exists(file)) return failed(format, "文件不存在", null);
            if (!Files.isReadable(file)) return failed(format, "没有读取权限", null);
            long size = Files.size(file);
            // Larger inputs are refused before reading, so one huge file cannot exhaust memory.
            if (size > limits.maxFileBytes()) {
                return failed(format, "文件过大（" + Limits.megabytes(size) + "，上限 " + Limits.megabytes(limits.maxFileBytes())
                    + "），未读取", null);
            }
            return bytes(displayName, Files.readAllBytes(file), limits, templates, terms);
        } catch (IOException e) {
            return failed(format, "读取失败：" + org.xxgkcheck.read.IoReason.of(e), e);
        } catch (OutOfMemoryError e) {
            return failed(format, "文件过大，读入时内存不足，未读取", e);
        }
    }

    /**
     * Reads on a daemon thread under the time limit: a file that defeats the readers' own bounds costs this file
     * a problem, not the batch. A reader still running after the limit is abandoned (it cannot be stopped).
     */
    public static ReportReader.Parsed bytes(String displayName, byte[] bytes, Limits limits, TemplateBook templates, List<Term> terms) {
        FutureTask<ReportReader.Parsed> task = new FutureTask<>(() -> ReportReader.read(displayName, bytes, limits, templates, terms));
        Thread t = new Thread(task, "read " + displayName);
        t.setDaemon(true);
        t.start();
        String format = ReportReader.extension(displayName);
        try {
            return task.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return failed(format, "读取超时（超过 " + limits.readTimeout().toSeconds() + " 秒），文件可能异常复杂或是恶意构造的，已放弃", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(format, "读取被中断", e);
        } catch (ExecutionException e) {
            // The reader guards its own steps; this is the net for what escapes them.
            Throwable c = e.getCause();
            if (c instanceof OutOfMemoryError) return failed(format, "文件过于复杂，读取时内存不足，已放弃", c);
            if (c instanceof StackOverflowError) return failed(format, "文件结构嵌套过深，无法读取", c);
            return failed(format, ReadFailure.message("文件", c) + "，未能读取", c);
        }
    }

    static ReportReader.Parsed failed(String format, String message, Throwable cause) {
        return new ReportReader.Parsed(List.of(), new ReportInfo(null, null, null, null, null, format),
            List.of(Problem.input(message, cause)));
    }
}
