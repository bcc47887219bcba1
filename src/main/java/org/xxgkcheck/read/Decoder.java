package org.xxgkcheck.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text report into text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when
 * the zero bytes of its ASCII characters give it away), or GBK/GB18030 as Chinese Windows writes it. A few bad bytes
 * (a damaged sector, a file cut inside a character) do not cost the file: they become U+FFFD and are counted, so the
 * reader can say how many. Binary content and text in no known encoding are refused with a reason.
 */
public final class Decoder {
    private Decoder() {}

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** More bad bytes than this share means the encoding is not UTF-8 or GB18030 at all, not that a few were damaged. */
    private static final double MAX_BAD_SHARE = 0.02;

    /** @param badBytes bytes that were not valid in the encoding and were replaced by U+FFFD */
    public record Decoded(String text, String encoding, long badBytes) {
        public Decoded(String text, String encoding) { this(text, encoding, 0); }

        /** The Chinese note on replaced bytes, or null when there were none. */
        public String note() {
            if (badBytes == 0) return null;
            return "文件中有 " + badBytes + " 个字节不是有效的 " + encoding + " 编码，已替换为“\uFFFD”，相应的文字可能缺失或显示为乱码";
        }
    }

    /** Thrown with a Chinese reason when the bytes are not readable text. */
    public static final class NotText extends Exception {
        public NotText(String reason) { super(reason); }
    }

    public static Decoded decode(byte[] bytes) throws NotText {
        if (bytes.length == 0) throw new NotText("文件为空");
        String magic = binaryKind(bytes);
        if (magic != null) throw new NotText("内容是" + magic + "，不是文本文件");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return checked(lenient(bytes, 3, StandardCharsets.UTF_8, "UTF-8"));
        if (startsWith(bytes, 0xFF, 0xFE)) return checked(lenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"));
        if (startsWith(bytes, 0xFE, 0xFF)) return checked(lenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"));
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            Decoded d = lenient(bytes, 0, utf16, utf16 == StandardCharsets.UTF_16LE ? "UTF-16LE" : "UTF-16BE");
            if (!d.text().isBlank() && controlShare(d.text()) <= 0.05 && d.badBytes() <= bytes.length * MAX_BAD_SHARE) return d;
        }
        if (hasNul(bytes)) throw new NotText("内容含有二进制数据（空字节），不是文本文件");
        // Hot path: the JDK's own UTF-8 decoding is far faster than a counting decoder and replaces nothing in valid
        // UTF-8, so a text that comes out without a replacement character had no bad bytes.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0) return checked(new Decoded(utf8, "UTF-8", 0));
        long utf8Bad = badBytes(bytes, 0, StandardCharsets.UTF_8);
        if (utf8Bad == 0) return checked(new Decoded(utf8, "UTF-8", 0));
        // GB18030 is a superset of GBK and GB2312: one decoder covers all three.
        long gbBad = badBytes(bytes, 0, GB18030);
        long bad = Math.min(utf8Bad, gbBad);
        if (bad > bytes.length * MAX_BAD_SHARE) throw new NotText("无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030）");
        return utf8Bad <= gbBad ? checked(new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", utf8Bad))
            : checked(new Decoded(new String(bytes, GB18030), "GB18030", gbBad));
    }

    private static Decoded checked(Decoded d) throws NotText {
        if (d.text().isBlank()) throw new NotText("文件只有空白，没有内容");
        if (controlShare(d.text()) > 0.05) throw new NotText("内容大多是控制字符，不是文本文件");
        return d;
    }

    private static Decoded lenient(byte[] b, int offset, Charset cs, String name) {
        return new Decoded(new String(b, offset, b.length - offset, cs), name, badBytes(b, offset, cs));
    }

    /** How many bytes are not valid in the charset (a sequence cut by the end of the file included). */
    static long badBytes(byte[] b, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        long bad = 0;
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            bad += r.length();
            in.position(in.position() + r.length());
        }
        return bad;
    }

    /**
     * UTF-16 without a byte order mark: Chinese text in UTF-16 still has ASCII line breaks, blanks and digits, each
     * with a zero byte, and the zero bytes of one order fall mostly on the same side of the pairs (odd places for
     * little-endian; Chinese characters at U+xx00 put a few on the other side). Null when the bytes do not look so.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 64 * 1024) & ~1;
        if (n < 4) return null;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] != 0) continue;
            if ((i & 1) == 0) even++;
            else odd++;
        }
        int zeros = even + odd;
        // No zero byte at all is never UTF-16 (a short text made only of Chinese would otherwise pass).
        if (zeros == 0 || zeros < n / 40) return null;
        if (odd >= zeros * 0.8) return StandardCharsets.UTF_16LE;
        if (even >= zeros * 0.8) return StandardCharsets.UTF_16BE;
        return null;
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
