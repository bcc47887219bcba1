package org.xxgkcheck.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The batch page's overview: summary statistics with their charts, and the ranked table that links each file to its
 * report's section. Drawn once the batch is over, from its one-line summaries.
 */
final class BatchView {
    private BatchView() {}

    static void statistics(Batch batch, StringBuilder h) {
        List<Summary> readable = batch.readable();
        h.append("<section id=\"summary\" class=\"summary\"><h2>概况</h2>\n<div class=\"kpis\">");
        kpi(h, String.valueOf(readable.size()), "份报告完成检查");
        if (!readable.isEmpty()) {
            kpi(h, TextWriter.points(Math.round(batch.mean() * 10) / 10.0), "平均分");
            kpi(h, TextWriter.points(batch.median()), "中位数");
            kpi(h, TextWriter.points(readable.stream().mapToDouble(Summary::score).max().orElse(0)) + " / "
                + TextWriter.points(readable.stream().mapToDouble(Summary::score).min().orElse(0)), "最高 / 最低");
        }
        kpi(h, String.valueOf(batch.dataCorrections()), "份数据需更正");
        kpi(h, String.valueOf(batch.total() - readable.size()), "个文件无法读取");
        h.append("</div>\n<div class=\"charts\">");
        h.append("<figure><figcaption>得分分布</figcaption>")
            .append(Charts.histogram(readable.stream().map(Summary::score).toList())).append("</figure>");
        List<Charts.Bar> grades = new ArrayList<>();
        for (Map.Entry<String, Integer> g : batch.grades().entrySet()) grades.add(new Charts.Bar(g.getKey(), null, g.getValue(), gradeColor(g.getKey())));
        grades.add(new Charts.Bar("无法读取", null, batch.total() - readable.size(), Charts.GREY));
        h.append("<figure><figcaption>等级</figcaption>").append(Charts.bars(grades, 70, "等级")).append("</figure>");
        List<Charts.Bar> rules = new ArrayList<>();
        for (Batch.RuleCount c : batch.rules().subList(0, Math.min(10, batch.rules().size()))) {
            rules.add(new Charts.Bar(c.id, c.id + " " + c.title + "（" + c.findings + " 条发现）", c.reports, severityColor(c.severity)));
        }
        h.append("</div>\n");
        if (!rules.isEmpty()) {
            h.append("<div class=\"charts\"><figure><figcaption>最常见的问题（涉及报告数）</figcaption>").append(Charts.bars(rules, 170, "最常见的问题"))
                .append("</figure>");
            h.append("<table class=\"top-rules\"><thead><tr><th>规则</th><th class=\"sev\">级别</th><th>要求</th><th class=\"num\">涉及报告</th>")
                .append("<th class=\"num\">发现条数</th></tr></thead><tbody>");
            for (Batch.RuleCount c : batch.rules().subList(0, rules.size())) {
                h.append("<tr><td class=\"rule\">").append(ReportView.esc(c.id)).append("</td><td class=\"sev sev-").append(c.severity).append("\">")
                    .append(Words.severity(c.severity)).append("</td><td>").append(ReportView.esc(c.title)).append("</td><td class=\"num\">")
                    .append(c.reports).append("</td><td class=\"num\">").append(c.findings).append("</td></tr>");
            }
            h.append("</tbody></table></div>\n");
        }
        h.append("</section>\n");
    }

    private static void kpi(StringBuilder h, String value, String label) {
        h.append("<div class=\"kpi\"><b>").append(ReportView.esc(value)).append("</b><span>").append(label).append("</span></div>");
    }

    static void ranking(Batch batch, StringBuilder h) {
        h.append("<section class=\"ranking-wrap\"><h2>排名</h2>\n<p class=\"hint noprint\">点击表头可按该列排序；点击报告名称查看该报告的详细结果。</p>\n")
            .append("<table id=\"ranking\" class=\"ranking sortable\"><thead><tr>")
            .append("<th class=\"num\" data-type=\"num\" aria-sort=\"ascending\">名次</th><th>报告</th><th class=\"num\" data-type=\"num\">年度</th>")
            .append("<th class=\"num\" data-type=\"num\">得分</th><th class=\"sev\" data-type=\"num\">等级</th>")
            .append("<th class=\"num\" data-type=\"num\">错误</th><th class=\"num\" data-type=\"num\">警告</th><th class=\"num\" data-type=\"num\">提示</th>")
            .append("<th>主要问题</th></tr></thead><tbody>\n");
        for (Batch.Ranked x : batch.ranked()) {
            Summary s = x.summary();
            boolean ok = s.readable();
            h.append("<tr").append(ok ? "" : " class=\"unreadable-row\"").append("><td class=\"num\" data-v=\"")
                .append(x.rank() == null ? 999999 : x.rank()).append("\">").append(x.rank() == null ? "—" : x.rank()).append("</td>")
                .append("<td class=\"report\" data-v=\"").append(ReportView.esc(s.organ().isEmpty() ? s.file() : s.organ())).append("\"><a href=\"#")
                .append(HtmlWriter.id(s)).append("\">").append(ReportView.esc(s.organ().isEmpty() ? name(s.file()) : s.organ())).append("</a>")
                .append("<div class=\"file\">").append(ReportView.esc(s.file())).append("</div></td>")
                .append("<td class=\"num\" data-v=\"").append(s.year() == null ? 0 : s.year()).append("\">").append(s.year() == null ? "" : s.year()).append("</td>")
                .append("<td class=\"num\" data-v=\"").append(ok ? TextWriter.points(s.score()) : "-1").append("\">")
                .append(ok ? TextWriter.points(s.score()) : "—").append("</td>")
                .append("<td class=\"sev\" data-v=\"").append(gradeOrder(s)).append("\">").append(ReportView.esc(s.grade()))
                .append(s.dataCorrection() ? "<div class=\"flag\">数据需更正</div>" : "").append("</td>");
            for (int n : new int[] {s.errors(), s.warnings(), s.infos()}) {
                h.append("<td class=\"num\">").append(ok ? String.valueOf(n) : "").append("</td>");
            }
            h.append("<td class=\"top\">");
            if (!ok) h.append("<span class=\"unreadable\">无法读取：").append(ReportView.esc(s.reason())).append("</span>");
            for (String t : s.top()) h.append("<div>").append(ReportView.esc(t)).append("</div>");
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static String name(String file) { return file.substring(file.lastIndexOf('/') + 1); }

    /** Sort key of a grade: its place among the standard grades, other names after them, unreadable last. */
    private static int gradeOrder(Summary s) {
        if (!s.readable()) return 99;
        int i = Batch.GRADES.indexOf(s.grade());
        return i < 0 ? Batch.GRADES.size() : i;
    }

    private static String gradeColor(String grade) {
        return switch (grade) {
            case "优秀" -> Charts.GREEN;
            case "良好" -> Charts.BLUE;
            case "合格" -> Charts.ORANGE;
            case "不合格" -> Charts.RED;
            default -> Charts.GREY;
        };
    }

    private static String severityColor(String severity) {
        return switch (severity) {
            case "error" -> Charts.RED;
            case "warning" -> Charts.ORANGE;
            default -> Charts.GREY;
        };
    }
}
