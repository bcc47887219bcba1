package org.xxgkcheck.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a web page ends before its end: a page that opened &lt;html&gt; or &lt;body&gt; closes them, every
 * &lt;table&gt; has its &lt;/table&gt;, and the last tag is finished. The parser closes whatever is left open without a
 * word, so a download cut at 5 % would otherwise be checked as if it were the whole report.
 */
final class HtmlEnd {
    private HtmlEnd() {}

    private static final Pattern OPEN_PAGE = Pattern.compile("<(?:html|body)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE_PAGE = Pattern.compile("</(?:html|body)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_TABLE = Pattern.compile("<table[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE_TABLE = Pattern.compile("</table\\s*>", Pattern.CASE_INSENSITIVE);

    /** The Chinese note when the page was cut off, or null. */
    static String cut(String html) {
        String end = html.stripTrailing();
        if (end.lastIndexOf('<') > end.lastIndexOf('>')) return note("在一个标签的中间结束");
        if (OPEN_PAGE.matcher(html).find() && !CLOSE_PAGE.matcher(html).find()) return note("没有 </body> 和 </html> 结束标记");
        int open = count(OPEN_TABLE, html);
        int close = count(CLOSE_TABLE, html);
        if (open > close) return note("有 " + (open - close) + " 张表格没有 </table> 结束标记");
        return null;
    }

    private static String note(String what) {
        return "网页似乎不完整（" + what + "），可能下载中断或文件被截断；文件结尾之后的内容未能检查，请确认文件是否完整";
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
