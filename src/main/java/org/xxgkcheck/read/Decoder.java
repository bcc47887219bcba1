package org.xxgkcheck.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text report into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 as
 * Chinese Windows writes it. Refuses binary content with a reason instead of producing mojibake.
 */
public final class Decoder {
    private Decoder() {}

    public record Decoded(String text, String encoding) {}

    /** Thrown with a Chinese reason when the bytes are not readable text. */
    public static final class NotText extends Exception {
        public NotText(String reason) { super(reason); }
    }

    public static Decoded decode(byte[] bytes) throws NotText {
        if (bytes.length == 0) throw new NotText("文件为空");
        String magic = binaryKind(bytes);
        if (magic != null) throw new NotText("内容是" + magic + "，不是文本文件");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        if (hasNul(bytes)) throw new NotText("内容含有二进制数据（空字节），不是文本文件");
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        } catch (NotText notUtf8) {
            // GB18030 is a superset of GBK and GB2312: one decoder covers all three.
            return strict(bytes, 0, Charset.forName("GB18030"), "GB18030");
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset cs, String name) throws NotText {
        try {
            // Hot path: the JDK's own UTF-8 decoding is far faster than a reporting decoder, and replaces nothing
            // in valid UTF-8; only a text that came out with a replacement character is decoded again, strictly.
            String fast = cs == StandardCharsets.UTF_8 ? new String(bytes, offset, bytes.length - offset, cs) : null;
            String text = fast != null && fast.indexOf('\uFFFD') < 0 ? fast : cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
            if (text.isBlank()) throw new NotText("文件只有空白，没有内容");
            if (controlShare(text) > 0.05) throw new NotText("内容大多是控制字符，不是文本文件");
            return new Decoded(text, name);
        } catch (CharacterCodingException e) {
            throw new NotText("无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030）");
        }
    }

    /** Names common binary formats by their first bytes, so the message says what the file really is. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) return " PDF";
        if (startsWith(b, 'P', 'K', 3, 4)) return " ZIP 压缩包（可能是 DOCX）";
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "旧版 Word/Excel（.doc/.xls）文件";
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F')) return "图片";
        return null;
    }

    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, 64 * 1024);
        for (int i = 0; i < n; i++) if (b[i] == 0) return true;
        return false;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 64 * 1024);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') bad++;
        }
        return n == 0 ? 0 : (double) bad / n;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) return false;
        return true;
    }
}
