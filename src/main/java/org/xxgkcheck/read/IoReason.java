package org.xxgkcheck.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in Chinese. The exception's own message is the operating system's
 * English ("Is a directory", "No space left on device") and never reaches the user; --debug shows the exception.
 */
public final class IoReason {
    private IoReason() {}

    /** The exception's own message when it is already Chinese (the tool's own), else {@link #of}. */
    public static String message(IOException e) {
        String m = e.getMessage();
        return m != null && m.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) ? m : of(e);
    }

    /** For a file being written: a missing file means its folder is missing. */
    public static String ofWrite(IOException e) {
        if (e instanceof NoSuchFileException) return "所在目录不存在";
        if (e instanceof AccessDeniedException) return "没有写入权限";
        return of(e);
    }

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) return "文件或所在目录不存在";
        if (e instanceof AccessDeniedException) return "没有权限";
        if (e instanceof NotDirectoryException) return "路径中有一段不是目录";
        if (e instanceof FileAlreadyExistsException) return "文件已存在";
        if (e instanceof DirectoryNotEmptyException) return "目录不为空";
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("is a directory")) return "这是一个目录，不是文件";
        if (r.contains("no space")) return "磁盘空间不足";
        if (r.contains("read-only")) return "文件系统是只读的";
        if (r.contains("permission") || r.contains("denied")) return "没有权限";
        if (r.contains("too many open files")) return "同时打开的文件过多";
        if (r.contains("file name too long") || r.contains("name too long")) return "文件名过长";
        return "系统拒绝了这次读写（加 --debug 查看详细原因）";
    }
}
