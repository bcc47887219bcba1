package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;

/** Lines of a text, cut at \r\n, \r or \n, without the regex engine (hot path: every line of every text report). */
public final class Lines {
    private Lines() {}

    /** The same as {@code text.split("\r\n|\r|\n", -1)}: every line, the empty ones at the end included. */
    public static String[] split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }
}
