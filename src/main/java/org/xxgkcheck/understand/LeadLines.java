package org.xxgkcheck.understand;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/**
 * Page furniture copied above a report's title from a web page: breadcrumbs ("首页 > 政务公开 > 年度报告"), the
 * label–value block of a disclosure catalogue (索引号、发布机构、发文日期、主题分类…), and buttons or single
 * words ("正文", "打印", "【字号：大 中 小】"). None of it is the title, nor names the organ.
 */
final class LeadLines {
    private LeadLines() {}

    private static final Pattern BREADCRUMB = Pattern.compile("\\S\\s*[>›»＞]\\s*\\S");
    /** "索引号：…", "发布机构：…": a short label, a colon, a value. */
    private static final Pattern LABEL_VALUE = Pattern.compile("^[\\p{IsHan}]{2,6}\\s*[：:]");
    private static final int MAX_METADATA = 60;
    /** Buttons and words of a page's frame, alone or several on a line. */
    private static final Pattern BUTTONS = Pattern.compile(
        "^(?:[【\\[]?(?:正文|打印(?:本页)?|关闭(?:窗口|本页)?|字号[：:]?|分享(?:到)?|收藏|返回(?:顶部)?|[大中小]|扫一扫|浏览次数[：:]?\\d*)[】\\]]?\\s*)+$");
    private static final Pattern ORGAN_LABEL = Pattern.compile("^(?:发布机构|发文机关|发布单位|信息来源|来源)\\s*[：:]\\s*(\\S+)");

    static boolean furniture(String line) {
        String t = Labels.trim(line);
        if (t.isEmpty()) return true;
        if (BREADCRUMB.matcher(t).find() && !t.contains("。")) return true;
        if (t.length() <= MAX_METADATA && LABEL_VALUE.matcher(t).find()) return true;
        return BUTTONS.matcher(t).matches();
    }

    /** The line names the report: the title, or its wrapped second line. */
    static boolean names(String line) {
        String n = Labels.normalize(line);
        return n.contains("年度报告") || n.contains("政府信息公开工作");
    }

    /** The issuing body a metadata block states (发布机构：…), or "". */
    static String organ(List<String> lead) {
        for (String line : lead) {
            Matcher m = ORGAN_LABEL.matcher(Labels.trim(line));
            if (m.find()) return Labels.normalize(m.group(1));
        }
        return "";
    }
}
