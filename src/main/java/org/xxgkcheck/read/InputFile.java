package org.xxgkcheck.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way the tool reads a file it is given (reports, last year's reports, waivers, rule data): regular files
 * only, so a named pipe is never opened (opening one waits for a writer) and a device is never read (/dev/zero
 * never ends); and at most a cap of bytes, counted while reading, because the size a file system reports is not
 * to be trusted (/proc files say 0, a file may grow while it is read). The channel is interruptible: a reader that
 * is stopped stops reading.
 */
public final class InputFile {
    private InputFile() {}

    /** The file cannot be read: the Chinese reason, without the file's name. */
    public static final class Refused extends Exception {
        public Refused(String reason) { super(reason); }

        public Refused(String reason, Throwable cause) { super(reason, cause); }
    }

    /**
     * What kind of thing other than a regular file is at the path, in Chinese ("命名管道（FIFO）", "设备文件" …), or null
     * for a regular file (symbolic links followed). Nothing is opened.
     */
    public static String notRegular(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (a.isRegularFile()) return null;
        if (a.isDirectory()) return "目录";
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
            if (type == 0010000) return "命名管道（FIFO）";
            if (type == 0020000) return "字符设备";
            if (type == 0060000) return "块设备";
            if (type == 0140000) return "套接字";
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix view on this platform: the general word below
        }
        return "特殊文件";
    }

    /** Reads a regular file of at most {@code cap} bytes. */
    public static byte[] read(Path p, long cap) throws Refused {
        try {
            String other = notRegular(p);
            if (other != null) throw new Refused("不是普通文件（是" + other + "），未读取");
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                return readAll(ch, cap);
            }
        } catch (NoSuchFileException e) {
            throw new Refused("文件不存在", e);
        } catch (AccessDeniedException e) {
            throw new Refused("没有读取权限", e);
        } catch (ClosedByInterruptException e) {
            throw new Refused("读取被中断", e);
        } catch (IOException e) {
            throw new Refused("读取失败（" + (e.getMessage() == null ? "无法打开文件" : e.getMessage()) + "）", e);
        }
    }

    /** Whether the file's own reported size is already over the cap: refused without opening it. */
    public static String tooLarge(long size, long cap) {
        return "文件过大（" + Limits.megabytes(size) + "，上限 " + Limits.megabytes(cap) + "），未读取";
    }

    private static byte[] readAll(FileChannel ch, long cap) throws IOException, Refused {
        long hint = ch.size();
        if (hint > cap) throw new Refused(tooLarge(hint, cap));
        byte[] buf = new byte[(int) Math.max(1, Math.min(hint + 1, cap + 1))];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > cap) throw new Refused("文件过大（读到的内容超过上限 " + Limits.megabytes(cap) + "），未读取");
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap + 1));
            }
            int r = ch.read(ByteBuffer.wrap(buf, n, buf.length - n));
            if (r < 0) break;
            n += r;
        }
        if (n > cap) throw new Refused("文件过大（读到的内容超过上限 " + Limits.megabytes(cap) + "），未读取");
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
}
