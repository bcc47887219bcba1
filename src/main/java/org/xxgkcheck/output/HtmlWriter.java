package org.xxgkcheck.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
        BatchView.statistics(batch, h);
        BatchView.ranking(batch, h);
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
        table.ranking{width:100%}table.ranking th{cursor:pointer;user-select:none}table.ranking .num{width:1%}
        table.ranking th[aria-sort=ascending]::after{content:" ▲";font-size:.8em}
        table.ranking th[aria-sort=descending]::after{content:" ▼";font-size:.8em}
        table.ranking td.report{min-width:12em}table.ranking td.top{font-size:.9em}
        table.ranking .file,.ranking-wrap .file{font-size:.8em;color:#6b7280;word-break:break-all}
        tr.unreadable-row{background:#fdf1f0}.flag{color:var(--err);font-size:.85em;font-weight:600}
        .hint{color:#6b7280;font-size:.9em;margin:.1em 0}.back{margin:.8em 0 0}
        @media print{table.ranking th{cursor:auto}.ranking-wrap{break-before:page}.charts figure,.kpis{break-inside:avoid}}
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
