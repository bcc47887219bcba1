package org.xxgkcheck.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what a file really is from its first bytes, whatever its name says: a report saved as ".htm" may be a
 * Word 97 binary, a ".pdf" may be an error page, a ".txt" may be a PDF.
 */
public final class Sniffer {
    private Sniffer() {}

    public enum Kind {
        PDF("pdf", "PDF 文件"), ZIP("docx", "ZIP 压缩包（DOCX）"), OLE("doc", "旧版 Office 二进制文档"),
        RTF("rtf", "RTF 文档"), IMAGE("image", "图片"), HTML("html", "网页（HTML）"), TEXT("txt", "纯文本");

        public final String format;
        final String chinese;

        Kind(String format, String chinese) {
            this.format = format;
            this.chinese = chinese;
        }
    }

    private static final Pattern MARKUP = Pattern.compile(
        "^(?:<!doctype\\s+html|<html|<head|<body|<meta|<div|<p[\\s>]|<table|<span|<title|<!--|<\\?xml[^>]*>\\s*<html)");

    public static Kind sniff(byte[] b) {
        if (indexOf(b, "%PDF-", 1024) >= 0) return Kind.PDF;
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) return Kind.ZIP;
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return Kind.OLE;
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) return Kind.RTF;
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
            return Kind.IMAGE;
        }
        return looksLikeHtml(b) ? Kind.HTML : Kind.TEXT;
    }

    /** Markup at the start (after a BOM, blanks, comments), or an html/body tag near it. */
    static boolean looksLikeHtml(byte[] b) {
        int n = Math.min(b.length, 4096);
        String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3);
        if (head.startsWith("\u00ff\u00fe") || head.startsWith("\u00fe\u00ff")) {
            head = new String(b, 2, n - 2, head.startsWith("\u00ff\u00fe") ? StandardCharsets.UTF_16LE
                : StandardCharsets.UTF_16BE).toLowerCase(Locale.ROOT);
        }
        String t = head.strip();
        return MARKUP.matcher(t).find() || t.contains("<html") || t.contains("<body");
    }

    /** For an OLE file, whether it is an encrypted OOXML package (a DOCX with an opening password). */
    static boolean encryptedOoxml(byte[] b) {
        return indexOf(b, utf16("EncryptedPackage"), Math.min(b.length, 1 << 20)) >= 0;
    }

    static boolean wordBinary(byte[] b) {
        return indexOf(b, utf16("WordDocument"), Math.min(b.length, 1 << 20)) >= 0;
    }

    private static byte[] utf16(String s) { return s.getBytes(StandardCharsets.UTF_16LE); }

    private static int indexOf(byte[] b, String ascii, int limit) {
        return indexOf(b, ascii.getBytes(StandardCharsets.US_ASCII), limit);
    }

    private static int indexOf(byte[] b, byte[] needle, int limit) {
        int end = Math.min(b.length, limit) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) if (b[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) return false;
        return true;
    }
}
