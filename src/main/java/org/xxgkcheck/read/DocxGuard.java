package org.xxgkcheck.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Inflates a DOCX once, counting, before POI sees it: refuses zip bombs (too many entries, too much
 * uncompressed data, whatever the headers claim), truncated or damaged archives, and zips that are not Word
 * documents. Reading stops as soon as a bound is passed, so the check costs at most the bound.
 */
final class DocxGuard {
    private DocxGuard() {}

    static void check(byte[] bytes, Limits limits) throws NotReadable {
        if (!hasEndRecord(bytes)) throw truncated(null);
        long total = 0;
        int entries = 0;
        boolean document = false;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new NotReadable("DOCX 压缩包中的文件过多（超过 " + limits.maxZipEntries() + " 个），可能是恶意构造的压缩炸弹，已拒绝读取");
                }
                if (e.getName().equals("word/document.xml")) document = true;
                total += drain(zip, buf, limits.maxUnzippedBytes() - total);
                if (total > limits.maxUnzippedBytes()) {
                    throw new NotReadable("DOCX 解压后超过 " + Limits.megabytes(limits.maxUnzippedBytes())
                        + "，可能是恶意构造的压缩炸弹，已拒绝读取");
                }
            }
        } catch (EOFException e) {
            throw truncated(e);
        } catch (ZipException e) {
            throw new NotReadable("DOCX 文件已损坏，无法解压；文件可能不完整，请重新下载或另存后再检查", e);
        } catch (IOException e) {
            throw truncated(e);
        }
        if (entries == 0) throw truncated(null);
        if (!document) {
            throw new NotReadable("这是一个 ZIP 压缩包，但不是 Word 文档（其中没有 word/document.xml），"
                + "可能是 Excel、PowerPoint 或其他压缩文件");
        }
    }

    /** A complete zip ends with its end-of-central-directory record (PK 5 6) within the last 64 KB. */
    static boolean hasEndRecord(byte[] b) {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) return true;
        }
        return false;
    }

    /** Reads an entry to its end or just past the budget; returns the bytes read. */
    private static long drain(InputStream in, byte[] buf, long budget) throws IOException {
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > budget) break;
        }
        return n;
    }

    private static NotReadable truncated(Throwable cause) {
        return new NotReadable("DOCX 文件不完整（压缩包被截断或已损坏），无法读取；请重新下载或另存后再检查", cause);
    }
}
