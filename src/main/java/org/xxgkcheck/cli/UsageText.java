package org.xxgkcheck.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picocli's usage errors in Chinese. */
final class UsageText {
    private UsageText() {}

    private static final Pattern UNKNOWN = Pattern.compile("Unknown options?: (.+)");
    private static final Pattern MISSING = Pattern.compile("Missing required (?:parameter|option)s?:? (.+)");
    private static final Pattern INVALID = Pattern.compile("Invalid value for option '([^']+)': (.+)");
    private static final Pattern UNMATCHED = Pattern.compile("Unmatched arguments? from index \\d+: (.+)");

    static String chinese(String msg) {
        Matcher m;
        if ((m = UNKNOWN.matcher(msg)).find()) return "未知选项 " + m.group(1);
        if ((m = MISSING.matcher(msg)).find()) return "缺少必需的参数 " + m.group(1);
        if ((m = INVALID.matcher(msg)).find()) return "选项 " + m.group(1) + " 的值无效（" + m.group(2) + "）";
        if ((m = UNMATCHED.matcher(msg)).find()) return "多余的参数 " + m.group(1);
        if (msg.contains("Missing required subcommand")) return "缺少子命令";
        return msg;
    }
}
