package org.xxgkcheck.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Tool;

/**
 * The batch as one self-contained page for inspectors: how the check was run, summary statistics drawn as inline
 * SVG, a ranked table that sorts by any column (a few lines of inline script; without script it stays ranked) and
 * links to each report's section ({@link ReportView}). Nothing is loaded from the network; it prints as shown.
 *
 * <p>The ranking and statistics need the whole batch, so each report's section is written to a spool (memory, then
 * a temporary file) as it comes, and only its one-line {@link Summary} is kept until the end.
 */
final class HtmlWriter implements ResultWriter {
    private static final String BACK = "<p class=\"back noprint\"><a href=\"#ranking\">↑ 返回排名</a></p>\n";

    private final Writer out;
    private final Run run;
    private final Batch batch = new Batch();
    private final Spool sections = new Spool();

    HtmlWriter(Writer out, Run run) {
        this.out = out;
        this.run = run;
    }

    @Override
    public void begin() throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>政府信息公开工作年度报告检查结果</title>\n<style>\n"
            + ReportView.css() + PAGE_CSS + "</style></head><body>\n");
    }

    @Override
    public void result(CheckResult r) throws IOException {
        Summary s = batch.add(r);
        sections.writer.write(ReportView.section(r, id(s), BACK));
    }

    @Override
    public void end(List<WaiverLedger.Status> waivers) throws IOException {
        StringBuilder h = new StringBuilder(8192);
        header(waivers, h);
        statistics(h);
        ranking(h);
        out.write(h.toString());
        sections.copyTo(out::write, 0);
        out.write("<script>\n" + SORT_SCRIPT + "</script>\n</body></html>\n");
    }

    @Override
    public void close() throws IOException {
        sections.close();
    }

    static String id(Summary s) { return "r" + s.index(); }

    private void header(List<WaiverLedger.Status> waivers, StringBuilder h) {
        int readable = batch.readable().size();
        int unreadable = batch.total() - readable;
        h.append("<header class=\"run\"><h1>政府信息公开工作年度报告检查结果</h1>\n<p class=\"runinfo\">")
            .append("<span>检查工具 ").append(Tool.NAME).append(' ').append(ReportView.esc(run.version())).append("</span>")
            .append("<span>规则集 <code>").append(ReportView.esc(run.ruleSet().isEmpty() ? "未记录" : run.ruleSet())).append("</code></span>")
            .append("<span>规则方案 ").append(ReportView.esc(run.profileText())).append("</span>")
            .append("<span>检查日期 ").append(run.date() == null ? "未记录" : run.dateText()).append("</span>")
            .append("<span>共 ").append(batch.total()).append(" 个文件：").append(readable).append(" 份完成检查")
            .append(unreadable > 0 ? "，" + unreadable + " 个无法读取" : "").append("</span></p>\n");
        for (WaiverLedger.Status w : waivers) {
            if (w.status().equals("applied")) continue;
            h.append("<p class=\"waiver\">豁免 ").append(ReportView.esc(w.waiver().source())).append("（").append(ReportView.esc(w.waiver().ruleId()))
                .append("）").append(w.status().equals("expired") ? "已于 " + w.waiver().expires() + " 过期，未生效。" : "没有对应的发现，可能已不需要。")
                .append("</p>\n");
        }
        h.append("</header>\n");
    }

    private void statistics(StringBuilder h) {
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

    private void ranking(StringBuilder h) {
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
                .append(id(s)).append("\">").append(ReportView.esc(s.organ().isEmpty() ? name(s.file()) : s.organ())).append("</a>")
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

    private static final String PAGE_CSS = """
        header.run{border-bottom:3px solid #b8c0cc;padding-bottom:.5em}
        .runinfo span{display:inline-block;margin:0 1.4em .2em 0;color:#374151;white-space:nowrap}
        .waiver{color:var(--warn);margin:.2em 0}
        .kpis{display:flex;flex-wrap:wrap;gap:.8em;margin:.4em 0 .8em}
        .kpi{border:1px solid var(--line);border-radius:6px;padding:.4em .9em;min-width:8em;background:#fafbfc}
        .kpi b{display:block;font-size:1.5em}.kpi span{color:#4b5563;font-size:.9em}
        .charts{display:flex;flex-wrap:wrap;gap:1em 2.5em;align-items:flex-start}
        .charts figure{margin:0}.charts table.top-rules{flex:1 1 420px;margin-top:1.6em}.charts figcaption{font-weight:600;margin-bottom:.3em}
        svg.chart text{font-size:12px;fill:#1f2328}svg.chart text.axis{fill:#4b5563;font-size:11px}
        table.ranking{width:100%}table.ranking th{cursor:pointer;user-select:none}
        table.ranking th[aria-sort=ascending]::after{content:" ▲";font-size:.8em}
        table.ranking th[aria-sort=descending]::after{content:" ▼";font-size:.8em}
        table.ranking td.report{min-width:12em}table.ranking td.top{font-size:.9em}
        table.ranking .file,.ranking-wrap .file{font-size:.8em;color:#6b7280;word-break:break-all}
        tr.unreadable-row{background:#fdf1f0}.flag{color:var(--err);font-size:.85em;font-weight:600}
        .hint{color:#6b7280;font-size:.9em;margin:.1em 0}.back{margin:.8em 0 0}
        @media print{table.ranking th{cursor:auto}.ranking-wrap{break-before:page}}
        """;

    /** Sorts the ranked table by the clicked column: numbers by value (data-v), text in Chinese collation order. */
    private static final String SORT_SCRIPT = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          table.querySelectorAll("thead th").forEach(function (th, col) {
            th.addEventListener("click", function () {
              var numeric = th.dataset.type === "num";
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              function key(row) {
                var cell = row.cells[col];
                var v = cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent.trim();
                return numeric ? parseFloat(v) || 0 : v;
              }
              rows.sort(function (a, b) {
                var x = key(a), y = key(b);
                var d = numeric ? x - y : String(x).localeCompare(String(y), "zh-CN");
                return ascending ? d : -d;
              });
              table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """;
}
