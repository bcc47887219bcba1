package org.xxgkcheck.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.findings.WaivedFinding;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.LocationText;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;

/**
 * One self-contained HTML page for inspectors: per report its score by category and its findings in order. The
 * summary table is printed row by row as reports come; each report's section waits in a spool (memory, then a
 * temporary file) until the table is closed. The page layout is to be redesigned; this keeps today's page.
 */
final class HtmlWriter implements ResultWriter {

    private static final String STYLE = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:1100px;margin:2em auto;"
        + "padding:0 1em;color:#222;line-height:1.6}table{border-collapse:collapse;width:100%;margin:.6em 0 1.6em}td,th{border:1px solid #ccc;"
        + "padding:4px 8px;vertical-align:top;text-align:left}th{background:#f3f3f3}.error{color:#b00020;font-weight:bold}"
        + ".warning{color:#a05a00}.info{color:#555}section{border-top:2px solid #ddd;margin-top:1.5em}.score{font-size:1.3em}";

    private final Writer out;
    private final Spool sections = new Spool();

    HtmlWriter(Writer out) { this.out = out; }

    @Override
    public void begin() throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>年度报告检查结果</title><style>"
            + STYLE + "</style></head><body>\n<h1>政府信息公开工作年度报告检查结果</h1>\n");
        out.write("<table><tr><th>文件</th><th>报告</th><th>得分</th><th>等级</th><th>错误</th><th>警告</th><th>提示</th></tr>\n");
    }

    @Override
    public void result(CheckResult r) throws IOException {
        StringBuilder h = new StringBuilder(256);
        h.append("<tr><td>").append(esc(r.file())).append("</td><td>").append(esc(title(r.report()))).append("</td><td>")
            .append(r.score() == null ? "—" : TextWriter.points(r.score())).append("</td><td>").append(r.grade() == null ? "无法读取" : esc(TextWriter.gradeText(r)))
            .append("</td><td>").append(r.summary().get("error")).append("</td><td>").append(r.summary().get("warning"))
            .append("</td><td>").append(r.summary().get("info")).append("</td></tr>\n");
        out.write(h.toString());
        StringBuilder sec = new StringBuilder(1024);
        section(r, sec);
        sections.writer.write(sec.toString());
    }

    @Override
    public void end(List<WaiverLedger.Status> waivers) throws IOException {
        out.write("</table>\n");
        sections.copyTo(out::write, 0);
        out.write("</body></html>\n");
    }

    @Override
    public void close() throws IOException {
        sections.close();
    }

    private static void section(CheckResult r, StringBuilder h) {
        h.append("<section><h2>").append(esc(r.file())).append("</h2>\n<p>").append(esc(title(r.report()))).append("</p>\n");
        if (r.score() != null) {
            h.append("<p class=\"score\">得分 ").append(TextWriter.points(r.score())).append(" 分（").append(esc(TextWriter.gradeText(r))).append("）</p>\n<table><tr>");
            for (Score.CategoryScore c : r.scoreByCategory()) h.append("<th>").append(c.category()).append(" ").append(esc(c.name())).append("</th>");
            h.append("</tr><tr>");
            for (Score.CategoryScore c : r.scoreByCategory()) {
                h.append("<td>").append(TextWriter.points(c.score())).append(" / ").append(TextWriter.points(c.max())).append("</td>");
            }
            h.append("</tr></table>\n");
        }
        if (!r.findings().isEmpty()) {
            h.append("<table><tr><th>级别</th><th>规则</th><th>位置</th><th>说明</th><th>扣分</th><th>依据</th></tr>\n");
            for (Finding f : r.findings()) {
                Severity s = f.severityLevel();
                h.append("<tr><td class=\"").append(f.severity()).append("\">").append(s == null ? f.severity() : s.chinese())
                    .append("</td><td title=\"").append(esc(f.title())).append("\">").append(f.ruleId()).append("</td><td>")
                    .append(esc(LocationText.place(f.location()))).append("</td><td>").append(esc(f.message())).append("</td><td>")
                    .append(TextWriter.points(f.points())).append("</td><td>").append(esc(f.basis())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        for (WaivedFinding w : r.waived()) {
            h.append("<p>已豁免：").append(w.finding().ruleId()).append(" ").append(esc(w.finding().message())).append("（理由：")
                .append(esc(w.waiver().reason())).append("；批准人：").append(esc(w.waiver().approver())).append("；有效期至 ")
                .append(w.waiver().expires()).append("）</p>\n");
        }
        for (Problem p : r.problems()) {
            h.append("<p class=\"warning\">").append(p.fatal() ? "无法读取：" : "读取问题：").append(esc(p.message())).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static String title(ReportInfo i) {
        if (i == null || i.title() == null) return "";
        return i.title() + (i.organ() == null ? "" : "｜" + i.organ()) + (i.year() == null ? "" : "｜" + i.year() + " 年度");
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
