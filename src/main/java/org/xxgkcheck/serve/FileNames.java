package org.xxgkcheck.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The name an upload is shown and judged under (its extension chooses between text flavours). Only the last path
 * element is kept, without control or invisible characters, and shortened; the name is never used as a path: uploads
 * are stored under names the service makes up.
 */
final class FileNames {
    private FileNames() {}

    private static final int MAX = 120;

    static String clean(String raw) {
        if (raw == null) return "";
        String s = raw;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (slash >= 0) s = s.substring(slash + 1);
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> !Character.isISOControl(c) && !LogText.invisible(c)).forEach(b::appendCodePoint);
        String out = b.toString().strip();
        if (out.equals(".") || out.equals("..")) return "";
        if (out.codePointCount(0, out.length()) > MAX) {
            // keep the extension: it tells .md from .txt
            int dot = out.lastIndexOf('.');
            String ext = dot > 0 && out.length() - dot <= 10 ? out.substring(dot) : "";
            out = out.substring(0, out.offsetByCodePoints(0, MAX - ext.length())) + ext;
        }
        return out;
    }

    /** The X-File-Name header: percent-encoded UTF-8, since header values are not Unicode. */
    static String fromHeader(String header) {
        if (header == null) return "";
        try {
            return clean(URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return clean(header);
        }
    }
}
