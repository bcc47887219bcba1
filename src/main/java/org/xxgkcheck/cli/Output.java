package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Write failures said plainly: a writer over stdout that throws once the stream has failed (PrintStream and
 * PrintWriter swallow errors, so a full disk would pass for success), and the reason of a failure in Chinese.
 * {@link Target} puts them to use.
 */
final class Output {
    private Output() {}

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
