package org.xxgkcheck.read;

import java.util.List;
import org.xxgkcheck.template.Labels;

/** Joins wrapped lines of Chinese text: no space between lines, except between two Latin letters or digits. */
final class TextJoin {
    private TextJoin() {}

    static String lines(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) append(sb, p);
        return sb.toString();
    }

    static void append(StringBuilder sb, String next) {
        String n = Labels.trim(next);
        if (n.isEmpty()) return;
        if (sb.length() > 0 && latin(sb.charAt(sb.length() - 1)) && latin(n.charAt(0))) sb.append(' ');
        sb.append(n);
    }

    static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
