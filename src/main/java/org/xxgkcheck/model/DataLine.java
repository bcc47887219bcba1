package org.xxgkcheck.model;

/**
 * One line of the plain data files people edit (rules/ data files, profiles, templates, the waivers file):
 * "#" at the start of a line or after a space or tab starts a comment that runs to the end of the line, so a
 * note can follow a value ("报告 = a.txt   # 文件名"). The full-width "＃" counts too, since Chinese input
 * methods type it. A "#" inside a word ("a#b") is kept as part of the value.
 */
public final class DataLine {
    private DataLine() {}

    /** The line without a byte-order mark, comment and surrounding whitespace; "" for a comment or blank line. */
    public static String content(String line) {
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if ((c == '#' || c == '＃') && (i == 0 || Character.isWhitespace(l.charAt(i - 1)) || l.charAt(i - 1) == '\u3000')) {
                l = l.substring(0, i);
                break;
            }
        }
        return l.strip();
    }
}
