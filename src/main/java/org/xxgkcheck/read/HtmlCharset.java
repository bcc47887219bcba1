package org.xxgkcheck.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a web page: its BOM, else its meta tag (when the bytes agree with it), else detection between
 * UTF-8 and GB18030. GB2312 and GBK declarations are read as GB18030, their superset, because pages declaring
 * gb2312 routinely hold GBK characters.
 */
final class HtmlCharset {
    private HtmlCharset() {}

    private static final Pattern META = Pattern.compile(
        "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded page and the charset used. */
    /** @param badBytes bytes the charset could not decode, replaced by U+FFFD */
    record Decoded(String text, String charset, long badBytes) {
        Decoded(String text, String charset) { this(text, charset, 0); }
    }

    static Decoded decode(byte[] b) throws NotReadable {
        if (Sniffer.startsWith(b, 0xEF, 0xBB, 0xBF)) return lenient(b, 3, StandardCharsets.UTF_8);
        if (Sniffer.startsWith(b, 0xFF, 0xFE)) return lenient(b, 2, StandardCharsets.UTF_16LE);
        if (Sniffer.startsWith(b, 0xFE, 0xFF)) return lenient(b, 2, StandardCharsets.UTF_16BE);
        Charset declared = declared(b);
        if (declared != null) {
            Decoded d = strict(b, declared);
            if (d != null) return d;
        }
        Decoded utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) return utf8;
        Decoded gb = strict(b, GB18030);
        if (gb != null) return gb;
        // Neither decodes cleanly: follow the declaration (or UTF-8) and let bad bytes become U+FFFD.
        return lenient(b, 0, declared != null ? declared : StandardCharsets.UTF_8);
    }

    /** The charset named by a meta tag in the first 4 KB, mapped to a superset where one is needed. */
    static Charset declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("gb18030") || name.equals("x-gbk")
                || name.equals("cp936") || name.equals("euc-cn")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Decoded strict(byte[] b, Charset cs) {
        try {
            String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(text, cs.name());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenient(byte[] b, int offset, Charset cs) {
        return new Decoded(new String(b, offset, b.length - offset, cs), cs.name(), Decoder.badBytes(b, offset, cs));
    }
}
