package org.xxgkcheck.authoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the handbook's Markdown (the small subset RuleHandbook writes: headings, tables, lists, code blocks,
 * bold, inline code, links to anchors) as one self-contained HTML page.
 */
final class HandbookHtml {
    private HandbookHtml() {}

    private static final String STYLE = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:960px;margin:2em auto;"
        + "padding:0 1em;line-height:1.7;color:#222}table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;"
        + "padding:4px 8px;vertical-align:top}th{background:#f3f3f3}pre{background:#f7f7f7;padding:.8em;overflow-x:auto}"
        + "h3{border-top:1px solid #ddd;padding-top:1em}code{background:#f3f3f3;padding:0 3px}";

    static String render(String md) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>规则手册</title><style>")
            .append(STYLE).append("</style></head><body>\n");
        String[] lines = md.split("\n", -1);
        boolean list = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.startsWith("- ") && list) {
                h.append("</ul>\n");
                list = false;
            }
            if (l.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                while (++i < lines.length && !lines[i].startsWith("```")) code.append(esc(lines[i])).append("\n");
                h.append("<pre>").append(code).append("</pre>\n");
            } else if (l.startsWith("### ")) {
                String id = l.substring(4).strip();
                h.append("<h3 id=\"").append(esc(id.toLowerCase(java.util.Locale.ROOT))).append("\">").append(inline(id)).append("</h3>\n");
            } else if (l.startsWith("## ")) {
                h.append("<h2>").append(inline(l.substring(3))).append("</h2>\n");
            } else if (l.startsWith("# ")) {
                h.append("<h1>").append(inline(l.substring(2))).append("</h1>\n");
            } else if (l.startsWith("|")) {
                h.append("<table>\n");
                boolean head = true;
                for (; i < lines.length && lines[i].startsWith("|"); i++) {
                    if (lines[i].matches("\\|[-|\\s]+\\|")) continue;
                    String[] cells = lines[i].substring(1, lines[i].length() - 1).split("(?<!\\\\)\\|");
                    h.append("<tr>");
                    for (String c : cells) h.append(head ? "<th>" : "<td>").append(inline(c.strip().replace("\\|", "|"))).append(head ? "</th>" : "</td>");
                    h.append("</tr>\n");
                    head = false;
                }
                i--;
                h.append("</table>\n");
            } else if (l.startsWith("- ")) {
                if (!list) h.append("<ul>\n");
                list = true;
                h.append("<li>").append(inline(l.substring(2))).append("</li>\n");
            } else if (!l.isBlank()) {
                h.append("<p>").append(inline(l.replace("  ", ""))).append("</p>\n");
            }
        }
        if (list) h.append("</ul>\n");
        return h.append("</body></html>\n").toString();
    }

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(#([^)]+)\\)");

    private static String inline(String s) {
        String t = esc(s).replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>").replaceAll("`([^`]+)`", "<code>$1</code>");
        Matcher m = LINK.matcher(t);
        return m.replaceAll("<a href=\"#$2\">$1</a>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
