package org.xxgkcheck.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;
import org.xxgkcheck.output.TextWriter;
import org.xxgkcheck.template.TemplateBook;

/**
 * The page's view of one checked report: grade, score by category, the 数据需更正 flag, what it means for
 * publishing, every finding with its message (which quotes the report), reading problems, and 表二/三/四 with the
 * cells findings point at highlighted; a link downloads the JSON. The one place the page renders a result.
 */
final class ResultView {
    private ResultView() {}

    static String html(CheckService.Outcome o, TemplateBook templates) {
        CheckResult r = o.result();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<section id=\"result\" class=\"result\">\n<h2>检查结果</h2>\n");
        h.append("<p class=\"file\">").append(Html.esc(r.file())).append("</p>\n");
        h.append("<p class=\"report-title\">").append(Html.esc(describe(r.report()))).append("</p>\n");
        int errors = r.summary().getOrDefault("error", 0);
        h.append("<div class=\"verdict ").append(errors > 0 ? "bad" : "good").append("\">\n");
        h.append("<div class=\"grade-box\"><span class=\"grade\" id=\"grade\">").append(Html.esc(r.grade())).append("</span>");
        h.append("<span class=\"score\"><b id=\"score\">").append(TextWriter.points(r.score())).append("</b> 分</span></div>\n");
        h.append("<div class=\"verdict-text\">");
        if (Boolean.TRUE.equals(r.dataCorrection())) h.append("<p><span class=\"flag\" id=\"data-correction\">数据需更正</span></p>");
        if (r.gradeCap() != null) {
            Severity s = Severity.parse(r.gradeCap().severity());
            h.append("<p class=\"cap\">有").append(s == null ? Html.esc(r.gradeCap().severity()) : s.chinese()).append("的报告最高为")
                .append(Html.esc(r.grade())).append("（按分数为").append(Html.esc(r.gradeCap().gradeByScore())).append("）</p>");
        }
        h.append("<p class=\"counts\">错误 ").append(errors).append(" · 警告 ").append(r.summary().getOrDefault("warning", 0))
            .append(" · 提示 ").append(r.summary().getOrDefault("info", 0)).append("</p>");
        h.append("<p class=\"advice\" id=\"advice\">").append(errors > 0 ? "有错误级的发现：发布前必须修正。"
            : "没有错误级的发现，可以发布；请看看警告和提示能否改进。").append("</p>");
        h.append("</div></div>\n");
        h.append("<p class=\"download\"><a id=\"download-json\" download=\"").append(Html.esc(jsonName(r.file())))
            .append("\" href=\"data:application/json;charset=utf-8;base64,")
            .append(Base64.getEncoder().encodeToString(o.json().getBytes(StandardCharsets.UTF_8)))
            .append("\">下载 JSON 结果</a>（与命令行 <code>check --format json</code> 的输出相同）</p>\n");

        h.append("<h3>分项得分</h3>\n<div class=\"table-wrap\"><table class=\"scores\"><tr><th>类别</th><th>得分</th><th>满分</th></tr>\n");
        for (Score.CategoryScore c : r.scoreByCategory()) {
            h.append("<tr").append(c.score() < c.max() ? " class=\"lost\"" : "").append("><td>").append(Html.esc(c.category())).append(" ")
                .append(Html.esc(c.name())).append("</td><td>").append(TextWriter.points(c.score())).append("</td><td>")
                .append(TextWriter.points(c.max())).append("</td></tr>\n");
        }
        h.append("</table></div>\n");

        h.append("<h3>发现（").append(r.findings().size()).append(" 条）</h3>\n");
        if (r.findings().isEmpty()) h.append("<p class=\"muted\">没有发现问题。</p>\n");
        else h.append("<ol class=\"findings\" id=\"findings\">\n");
        for (Finding f : r.findings()) {
            Severity s = f.severityLevel();
            h.append("<li class=\"finding ").append(Html.esc(f.severity())).append("\">");
            h.append("<div class=\"finding-head\"><span class=\"sev\">").append(s == null ? Html.esc(f.severity()) : s.chinese())
                .append("</span><code class=\"rule\">").append(Html.esc(f.ruleId())).append("</code><span class=\"where\">")
                .append(Html.esc(org.xxgkcheck.model.LocationText.place(f.location()))).append("</span></div>");
            h.append("<p class=\"msg\">").append(Html.esc(f.message())).append("</p>");
            String quote = org.xxgkcheck.model.LocationText.quote(f.location());
            if (!quote.isEmpty()) h.append("<p class=\"quote\">原文：").append(Html.esc(quote)).append("</p>");
            h.append("<p class=\"meta\">").append(Html.esc(f.title())).append("；依据：").append(Html.esc(f.basis()))
                .append("；扣 ").append(TextWriter.points(f.points())).append(" 分</p></li>\n");
        }
        if (!r.findings().isEmpty()) h.append("</ol>\n");

        if (!r.problems().isEmpty()) {
            h.append("<h3>读取问题</h3>\n<ul class=\"problems\">\n");
            for (Problem p : r.problems()) h.append("<li>").append(Html.esc(p.message())).append("</li>\n");
            h.append("</ul>\n");
        }
        h.append("<h3>统计表</h3>\n<p class=\"muted\">按报告原文读出的数字；<span class=\"fail legend\">红底</span>的格子或行有发现（鼠标悬停可见规则编号）。</p>\n");
        TableView.render(o.cells(), r.findings(), templates, h);
        h.append("</section>\n");
        return h.toString();
    }

    private static String describe(ReportInfo i) {
        StringBuilder b = new StringBuilder();
        b.append(i.title() == null ? "（未识别出标题）" : i.title());
        if (i.organ() != null) b.append("｜").append(i.organ());
        if (i.year() != null) b.append("｜").append(i.year()).append(" 年度");
        if (i.template() != null) b.append("｜").append(switch (i.template()) {
            case "2021" -> "2021 年格式";
            case "2019" -> "2019 年试行格式";
            case "hybrid" -> "混用两种格式";
            default -> "格式不明";
        });
        return b.toString();
    }

    /** report.docx → report.json, for the download link. */
    static String jsonName(String file) {
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file) + ".json";
    }
}
