package org.xxgkcheck.read;

import java.util.List;

/** Writes a SampleReport as Word-exported text, as markdown, and as a whole government article page. */
final class SampleWriters {
    private SampleWriters() {}

    /** Word's "save as text" layout: each cell on its own line after a tab, a blank line between rows. */
    static String txt(SampleReport r) {
        StringBuilder sb = new StringBuilder(r.title()).append('\n');
        r.front().forEach(p -> sb.append(p).append('\n'));
        for (int i = 0; i < 6; i++) {
            sb.append(SampleReport.HEADINGS.get(i)).append('\n');
            r.parts().get(i).forEach(p -> sb.append(p).append('\n'));
            List<List<SampleReport.Span>> table = table(r, i);
            if (table == null) continue;
            for (List<String> row : SampleReport.grid(table)) {
                for (String c : row) sb.append('\t').append(c).append('\n');
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static String markdown(SampleReport r) {
        StringBuilder sb = new StringBuilder("# ").append(r.title()).append("\n\n");
        r.front().forEach(p -> sb.append(p).append("\n\n"));
        for (int i = 0; i < 6; i++) {
            sb.append("## ").append(SampleReport.HEADINGS.get(i)).append("\n\n");
            r.parts().get(i).forEach(p -> sb.append(p).append("\n\n"));
            List<List<SampleReport.Span>> table = table(r, i);
            if (table == null) continue;
            List<List<String>> grid = SampleReport.grid(table);
            int width = grid.stream().mapToInt(List::size).max().orElse(1);
            for (int k = 0; k < grid.size(); k++) {
                List<String> row = grid.get(k);
                sb.append('|');
                for (int c = 0; c < width; c++) sb.append(' ').append(c < row.size() ? row.get(c) : "").append(" |");
                sb.append('\n');
                if (k == 0) sb.append("|").append(" --- |".repeat(width)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * A whole article page as government sites publish it: navigation, breadcrumb, scripts, share buttons and a
     * footer around the article; Word-style paragraphs with spans, &amp;nbsp; padding and &lt;o:p&gt;; tables with spans.
     */
    static String html(SampleReport r) {
        StringBuilder sb = new StringBuilder("""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>%s_示例县人民政府门户网站</title>
            <script>var _hmt = _hmt || []; document.write("一、总体情况");</script>
            <style>.MsoNormal{font-family:仿宋_GB2312}</style></head>
            <body>
            <div class="header"><div class="logo">示例县人民政府门户网站</div>
            <ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><a href="/hd/">互动交流</a></li></ul></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 年度报告</div>
            <div class="main"><div class="article">
            <h1 class="article-title">%s</h1>
            <div class="info">发布时间：2024-01-20 来源：县政府办公室 <span class="share">分享到：微信 微博</span></div>
            <div class="TRS_Editor"><div class="WordSection1">
            """.formatted(r.title(), r.title()));
        r.front().forEach(p -> para(sb, p));
        for (int i = 0; i < 6; i++) {
            sb.append("<p class=MsoNormal style=\"text-indent:32.0pt\"><b><span style='font-family:黑体'>")
                .append(SampleReport.HEADINGS.get(i)).append("</span></b><span lang=EN-US>&nbsp;&nbsp;<o:p></o:p></span></p>\n");
            r.parts().get(i).forEach(p -> para(sb, p));
            List<List<SampleReport.Span>> table = table(r, i);
            if (table != null) table(sb, table);
        }
        sb.append("""
            </div></div>
            <div class="bottom-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
            </div></div>
            <div class="footer">主办：示例县人民政府办公室 版权所有 备案号：示ICP备00000000号</div>
            <script src="/js/share.js"></script>
            </body></html>
            """);
        return sb.toString();
    }

    private static void para(StringBuilder sb, String text) {
        sb.append("<p class=MsoNormal style=\"text-indent:32.0pt\"><span style='font-family:仿宋_GB2312'>")
            .append(text).append("<span lang=EN-US><o:p></o:p></span></span></p>\n");
    }

    private static void table(StringBuilder sb, List<List<SampleReport.Span>> rows) {
        sb.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\n");
        for (List<SampleReport.Span> row : rows) {
            sb.append("<tr>");
            for (SampleReport.Span s : row) {
                sb.append("<td");
                if (s.rows() > 1) sb.append(" rowspan=").append(s.rows());
                if (s.cols() > 1) sb.append(" colspan=").append(s.cols());
                sb.append("><p class=MsoNormal align=center><span lang=EN-US>")
                    .append(s.text().isEmpty() ? "&nbsp;" : s.text()).append("<o:p></o:p></span></p></td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    static List<List<SampleReport.Span>> table(SampleReport r, int part) {
        return switch (part) {
            case 1 -> r.table2();
            case 2 -> r.table3();
            case 3 -> r.table4();
            default -> null;
        };
    }
}
