package org.xxgkcheck.output;

import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.findings.WaivedFinding;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;

/**
 * One report's result as an HTML fragment, for the batch page and for any page that shows a single report: its
 * score by category, its findings (each narrative finding with the text it is about), its statistical tables with
 * the cells of failed identities highlighted, waived findings and reading problems. Styled by {@link #css()}; no
 * script, no link outside the page.
 */
public final class ReportView {
    private ReportView() {}

    /** The style sheet the fragments need, for a page's {@code <style>}: screen and print. */
    public static String css() {
        return CSS;
    }

    /**
     * One report as {@code <section class="report" id="…">}; the findings are numbered and get ids {@code id-f1},
     * {@code id-f2} … so the table marks link to them.
     *
     * @param footer HTML put at the end of the section (a link back to the top of the page), or ""
     */
    public static String section(CheckResult r, String id, String footer) {
        StringBuilder h = new StringBuilder(4096);
        ReportInfo info = r.report();
        h.append("<section class=\"report\" id=\"").append(id).append("\">\n<h2>").append(esc(heading(r)))
            .append(" <span class=\"file\">").append(esc(r.file())).append("</span></h2>\n");
        if (!r.readable() || r.score() == null) {
            for (Problem p : r.problems()) h.append("<p class=\"unreadable\">无法读取：").append(esc(p.message())).append("</p>\n");
            return h.append(footer).append("</section>\n").toString();
        }
        h.append("<p class=\"meta\">").append(esc(meta(info))).append("</p>\n");
        h.append("<p class=\"score\"><b>").append(TextWriter.points(r.score())).append("</b> 分（").append(esc(TextWriter.gradeText(r)))
            .append("）<span class=\"counts\">错误 ").append(r.summary().get("error")).append("　警告 ").append(r.summary().get("warning"))
            .append("　提示 ").append(r.summary().get("info")).append("</span></p>\n");
        categories(r.scoreByCategory(), h);
        findings(r, id, h);
        if (!r.snapshot().tables().isEmpty()) {
            h.append("<h3>统计表</h3>\n");
            GridView.tables(r, id, h);
        }
        waived(r.waived(), h);
        List<Problem> problems = r.problems();
        if (!problems.isEmpty()) {
            h.append("<h3>读取问题</h3>\n<ul class=\"problems\">");
            for (Problem p : problems) {
                h.append("<li>").append(p.location() == null ? "" : esc(Where.place(p.location(), info)) + "：")
                    .append(esc(p.message())).append("</li>");
            }
            h.append("</ul>\n");
        }
        return h.append(footer).append("</section>\n").toString();
    }

    /** The organ, else the title, else the file name. */
    static String heading(CheckResult r) {
        ReportInfo i = r.report();
        if (i != null && i.organ() != null && !i.organ().isEmpty()) return i.organ();
        if (i != null && i.title() != null && !i.title().isEmpty()) return i.title();
        String f = r.file();
        return f.substring(f.lastIndexOf('/') + 1);
    }

    private static String meta(ReportInfo i) {
        StringBuilder sb = new StringBuilder();
        if (i.title() != null && !i.title().isEmpty()) sb.append(i.title()).append("｜");
        sb.append(Words.organType(i.organType())).append("｜").append(i.year() == null ? "年度不明" : i.year() + " 年度")
            .append("｜").append(Words.template(i.template()));
        if (i.format() != null) sb.append("｜").append(formatName(i.format()));
        return sb.toString();
    }

    private static String formatName(String format) {
        return switch (format) {
            case "pdf" -> "PDF 文件";
            case "docx" -> "Word 文件";
            case "html", "htm" -> "网页";
            case "md", "markdown" -> "Markdown 文本";
            default -> "文本文件";
        };
    }

    private static void categories(List<Score.CategoryScore> cats, StringBuilder h) {
        h.append("<table class=\"cats\"><tr>");
        for (Score.CategoryScore c : cats) h.append("<th>").append(c.category()).append(" ").append(esc(c.name())).append("</th>");
        h.append("</tr><tr>");
        for (Score.CategoryScore c : cats) {
            h.append("<td class=\"num").append(c.score() < c.max() ? " lost" : "").append("\">").append(TextWriter.points(c.score()))
                .append(" / ").append(TextWriter.points(c.max())).append("</td>");
        }
        h.append("</tr></table>\n");
    }

    private static void findings(CheckResult r, String id, StringBuilder h) {
        if (r.findings().isEmpty()) {
            h.append("<p class=\"clean\">没有发现问题。</p>\n");
            return;
        }
        h.append("<h3>发现</h3>\n<table class=\"findings\"><thead><tr><th class=\"num\">#</th><th class=\"sev\">级别</th><th>规则</th>")
            .append("<th>位置</th><th>说明</th><th class=\"num\">扣分</th></tr></thead><tbody>\n");
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            h.append("<tr id=\"").append(id).append("-f").append(i + 1).append("\"><td class=\"num\">").append(i + 1)
                .append("</td><td class=\"sev sev-").append(f.severity()).append("\">").append(Words.severity(f.severity()))
                .append("</td><td class=\"rule\" title=\"").append(esc(f.title())).append("\">").append(esc(f.ruleId()))
                .append("</td><td class=\"place\">").append(segments(Where.place(f, r.report()))).append("</td><td>").append(esc(f.message()));
            String quote = Where.quote(f, r.snapshot());
            if (!quote.isEmpty()) h.append("<blockquote class=\"quote\">").append(esc(quote)).append("</blockquote>");
            if (f.basis() != null && !f.basis().isEmpty()) h.append("<div class=\"basis\">依据：").append(esc(f.basis())).append("</div>");
            h.append("</td><td class=\"num\">").append(f.points() > 0 ? TextWriter.points(f.points()) : "").append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void waived(List<WaivedFinding> waived, StringBuilder h) {
        if (waived.isEmpty()) return;
        h.append("<h3>已豁免</h3>\n<ul class=\"waived\">");
        for (WaivedFinding w : waived) {
            h.append("<li><code>").append(esc(w.finding().ruleId())).append("</code> ").append(esc(w.finding().message()))
                .append("（理由：").append(esc(w.waiver().reason())).append("；批准人：").append(esc(w.waiver().approver()))
                .append("；有效期至 ").append(w.waiver().expires()).append("）</li>");
        }
        h.append("</ul>\n");
    }

    /** A place with its parts (第三部分·表三·第37行) kept whole: a narrow column breaks it only between them. */
    static String segments(String place) {
        StringBuilder sb = new StringBuilder();
        for (String part : place.split("·")) {
            if (sb.length() > 0) sb.append("·<wbr>");
            sb.append("<span class=\"seg\">").append(esc(part)).append("</span>");
        }
        return sb.toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
        :root{--err:#b3261e;--warn:#a15c00;--info:#55606e;--hl-error:#fbdcd9;--hl-warning:#ffe9c2;--hl-info:#e4ebf5;--line:#cfd5dd}
        *{box-sizing:border-box}
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;font-size:14px;
          line-height:1.55;color:#1f2328;max-width:1280px;margin:1.2em auto;padding:0 1.2em}
        h1{font-size:1.6em;margin:.2em 0 .4em}h2{font-size:1.25em;margin:0 0 .3em}h3{font-size:1.05em;margin:1.1em 0 .4em}
        table{border-collapse:collapse;margin:.3em 0 .9em}
        th,td{border:1px solid var(--line);padding:3px 7px;vertical-align:top;text-align:left}
        th{background:#eef1f5;font-weight:600}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .sev,.rule,.nowrap{white-space:nowrap}
        .sev-error{color:var(--err);font-weight:700}.sev-warning{color:var(--warn);font-weight:600}.sev-info{color:var(--info)}
        code{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.92em}
        section.report{border-top:3px solid #b8c0cc;margin-top:2.2em;padding-top:.7em}
        section.report h2 .file{font-size:.7em;font-weight:normal;color:#5b6470;margin-left:.6em}
        .meta{color:#4b5563;margin:.1em 0}.score{font-size:1.15em;margin:.3em 0}.score b{font-size:1.3em}
        .counts{font-size:.85em;color:#4b5563;margin-left:1em}
        .cats th,.cats td{text-align:center}.cats td.lost{color:var(--err)}
        table.findings{width:100%}table.findings td.place{min-width:10em;max-width:22em}.seg{white-space:nowrap}
        blockquote.quote{margin:.35em 0 .1em;padding:.25em .7em;border-left:3px solid #9aa5b4;background:#f5f7fa;color:#374151}
        blockquote.quote::before{content:"原文：";color:#6b7280}
        .basis{font-size:.85em;color:#6b7280;margin-top:.15em}
        .clean{color:#1e6b35}.unreadable{color:var(--err);font-weight:600}
        .grid-wrap{display:flex;flex-wrap:wrap;align-items:flex-start;gap:0 1.4em;margin-bottom:.6em}
        table.grid{font-size:.9em}table.grid caption{text-align:left;font-weight:600;padding:.2em 0}
        table.grid caption .why{font-weight:normal;color:var(--err)}
        table.grid td{text-align:right;min-width:3.2em;white-space:nowrap;font-variant-numeric:tabular-nums}
        table.grid th.col{font-weight:500;text-align:center;min-width:4em;max-width:9em}
        table.grid th.rowh{font-weight:normal;background:#f7f8fa;max-width:24em}
        table.grid th.rowh.hl-row{background:var(--hl-warning);box-shadow:inset 3px 0 0 var(--warn)}
        table.grid tr.block th{background:#e3e8ef;text-align:left}
        td.hl-error{background:var(--hl-error);box-shadow:inset 0 0 0 2px var(--err)}
        td.hl-warning{background:var(--hl-warning);box-shadow:inset 0 0 0 2px var(--warn)}
        td.hl-info{background:var(--hl-info);box-shadow:inset 0 0 0 2px var(--info)}
        td.gap{background:repeating-linear-gradient(45deg,#fff 0 4px,#e5e7eb 4px 8px)}
        a.mark{font-size:.72em;vertical-align:super;margin-left:2px;color:var(--err);text-decoration:none;font-weight:700}
        ol.eqs{flex:1 1 320px;list-style:none;padding:0;margin:1.7em 0 .9em}
        ol.eqs li{margin:0 0 .5em;padding:.3em .5em;border-left:3px solid var(--line);background:#fafbfc}
        ol.eqs a.n{display:inline-block;min-width:1.5em;font-weight:700;color:var(--err);text-decoration:none}
        ol.eqs .sev{margin-right:.3em}
        ul.problems li{color:var(--warn)}
        @media print{
          @page{size:A4 landscape;margin:12mm}
          body{max-width:none;margin:0;font-size:10.5pt}
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
          .noprint{display:none}a{color:inherit;text-decoration:none}
          section.report{break-before:page;border-top:none}
          table.grid,ol.eqs li,tr{break-inside:avoid}
        }
        """;
}
