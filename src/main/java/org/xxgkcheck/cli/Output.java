package org.xxgkcheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where `check` writes its results, so that a failed write is never taken for success: stdout through a writer
 * that throws once the stream reports an error (PrintStream and PrintWriter swallow them); --output FILE written
 * to a temporary file in the same folder and moved over FILE only when everything was written, so a failure never
 * leaves half a file (a device or pipe given as FILE is written directly: it cannot be replaced).
 */
final class Output {
    private static final int BUFFER = 1 << 16;

    private final Writer writer;
    private final Path temp;
    private final Path target;

    private Output(Writer writer, Path temp, Path target) {
        this.writer = writer;
        this.temp = temp;
        this.target = target;
    }

    Writer writer() { return writer; }

    /** stdout (picocli's writer, so in-process runs capture it), buffered; its errors surface as IOException. */
    static Output stdout(PrintWriter out) {
        return new Output(new BufferedWriter(new Checked(out), BUFFER), null, null);
    }

    /** Opens FILE for writing before the batch starts: a missing folder or a folder given as FILE is told now. */
    static Output file(Path file) throws IOException {
        if (Files.isDirectory(file)) throw new FileSystemException(file.toString(), null, "这是一个目录，不是文件");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new NoSuchFileException(parent.toString());
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new Output(open(file), null, file);
        }
        Path temp = parent.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        Output out = new Output(open(temp), temp, file);
        // A run stopped by a signal leaves no temporary file behind (after the move there is nothing to delete).
        temp.toFile().deleteOnExit();
        return out;
    }

    private static Writer open(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), BUFFER);
    }

    /** Everything was written: flush, close, and put the file in place. */
    void finish() throws IOException {
        writer.flush();
        if (target == null) return;
        writer.close();
        if (temp == null) return;
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A write failed: close what is open and remove the temporary file, leaving FILE as it was. */
    void abandon() {
        if (target == null) return;
        try {
            writer.close();
        } catch (IOException e) {
            // the failure was already reported
        }
        try {
            if (temp != null) Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done about a folder that refuses even this
        }
    }

    /** The reason of a write failure in Chinese, not the exception's English message or bare path. */
    static String why(IOException e) {
        if (e instanceof NoSuchFileException) return "所在目录不存在";
        if (e instanceof AccessDeniedException) return "没有写入权限";
        if (e instanceof FileSystemException f && f.getReason() != null) return chinese(f.getReason());
        return e.getMessage() == null ? "写入失败" : chinese(e.getMessage());
    }

    private static String chinese(String reason) {
        if (reason.contains("No space left")) return "磁盘空间已满";
        if (reason.contains("Broken pipe")) return "接收输出的程序已关闭";
        if (reason.contains("Read-only file system")) return "文件系统只读";
        if (reason.contains("Permission denied")) return "没有写入权限";
        if (reason.contains("Is a directory")) return "这是一个目录，不是文件";
        return reason;
    }

    /** A writer over a PrintWriter that throws as soon as the PrintWriter (or the stream below it) has failed. */
    static final class Checked extends Writer {
        private final PrintWriter out;

        Checked(PrintWriter out) { this.out = out; }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check();
        }

        @Override
        public void close() throws IOException {
            check();
        }

        private void check() throws IOException {
            // checkError flushes, so a failure of the bytes just written shows here.
            if (out.checkError()) throw new IOException("标准输出写入失败（可能磁盘已满，或接收输出的程序已关闭）");
        }
    }
}
