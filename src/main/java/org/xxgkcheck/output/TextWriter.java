package org.xxgkcheck.output;

import java.util.List;
import java.util.Locale;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Explanation;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.Score;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.findings.WaivedFinding;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.LocationText;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;

/**
 * The human-readable result in Chinese: one line per finding with its place, then score and grade. Each report is
 * printed as soon as it is written; the waiver notes and the batch count follow at the end.
 */
public final class TextWriter implements ResultWriter {
    private static final String NL = System.lineSeparator();

    private final java.io.Writer out;
    private int total;
    private int readable;

    TextWriter(java.io.Writer out) { this.out = out; }

    @Override
    public void begin() {}

    @Override
    public void result(CheckResult r) throws java.io.IOException {
        StringBuilder sb = new StringBuilder(1024);
        writeOne(r, sb);
        out.write(sb.toString());
        total++;
        if (r.readable()) readable++;
    }

    @Override
    public void end(List<WaiverLedger.Status> waivers) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        for (WaiverLedger.Status w : waivers) {
            if (w.status().equals("applied")) continue;
            line(sb, "豁免 " + w.waiver().source() + "（" + w.waiver().ruleId() + "）"
                + (w.status().equals("expired") ? "已于 " + w.waiver().expires() + " 过期，未生效。" : "没有对应的发现，可能已不需要。"));
        }
        if (total > 1) {
            line(sb, "共 " + total + " 个文件，" + readable + " 份报告完成检查"
                + (readable < total ? "，" + (total - readable) + " 个文件无法读取" : "") + "。");
        }
        out.write(sb.toString());
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append(NL);
    }

    private static void writeOne(CheckResult r, StringBuilder out) {
        line(out, "== " + r.file());
        ReportInfo info = r.report();
        if (r.readable()) {
            line(out, "   " + nz(info.title()) + "｜" + nz(info.organ()) + "｜"
                + (info.year() == null ? "年度不明" : info.year() + " 年度") + "｜" + Words.template(info.template()));
        }
        for (Finding f : r.findings()) {
            Severity s = f.severityLevel();
            line(out, "   [" + (s == null ? f.severity() : s.chinese()) + "] " + f.ruleId() + "  " + LocationText.place(f.location())
                + "  " + f.message() + (f.points() > 0 ? "（扣 " + points(f.points()) + " 分）" : ""));
            quote(f.location(), out);
            if (f.explain() != null) explain(f.explain(), out);
        }
        for (WaivedFinding w : r.waived()) {
            line(out, "   [已豁免] " + w.finding().ruleId() + "  " + LocationText.place(w.finding().location()) + "  " + w.finding().message()
                + "（理由：" + w.waiver().reason() + "；批准人：" + w.waiver().approver() + "；有效期至 " + w.waiver().expires() + "）");
        }
        for (Problem p : r.problems()) {
            line(out, "   [" + (p.fatal() ? "无法读取" : "读取问题") + "] " + (p.location() == null ? "" : LocationText.place(p.location()) + "  ")
                + p.message());
        }
        if (r.readable()) {
            line(out, "   得分 " + points(r.score()) + " 分（" + gradeText(r) + "）：错误 " + r.summary().get("error")
                + "，警告 " + r.summary().get("warning") + "，提示 " + r.summary().get("info"));
            for (Score.CategoryScore c : r.scoreByCategory()) {
                line(out, "     " + c.category() + " " + pad(c.name(), 6) + " " + String.format(Locale.ROOT, "%5s", points(c.score()))
                    + " / " + points(c.max()));
            }
        }
        out.append(NL);
    }

    /**
     * The grade as printed next to the score: "良好", with the cap that lowered it ("有错误的报告最高为良好") and
     * the 数据需更正 flag when they apply.
     */
    public static String gradeText(CheckResult r) {
        StringBuilder g = new StringBuilder(r.grade());
        if (r.gradeCap() != null) {
            Severity s = Severity.parse(r.gradeCap().severity());
            g.append("，有").append(s == null ? r.gradeCap().severity() : s.chinese()).append("的报告最高为").append(r.grade());
        }
        if (Boolean.TRUE.equals(r.dataCorrection())) g.append("，数据需更正");
        return g.toString();
    }

    private static void explain(Explanation e, StringBuilder out) {
        if (e.requirement() != null && !e.requirement().isBlank()) {
            for (String l : e.requirement().split("\n")) line(out, "        " + l);
        }
        for (String f : e.facts()) line(out, "        · " + f);
        for (String f : e.formula()) line(out, "        公式：" + f);
        for (String f : e.notFound()) line(out, "        未找到：" + f);
    }

    /** The text where the finding is, under its line: 原文：“……”. */
    private static void quote(Location l, StringBuilder out) {
        String q = LocationText.quote(l);
        if (!q.isEmpty()) line(out, "        原文：" + q);
    }

    private static String templateName(String t) {
        if (t == null) return "格式不明";
        return switch (t) {
            case "2021" -> "2021 年格式";
            case "2019" -> "2019 年试行格式";
            case "hybrid" -> "混用两种格式";
            default -> "格式不明";
        };
    }

    public static String points(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** Pads Chinese text to a width counted in characters (all full-width here). */
    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + "　".repeat(width - s.length());
    }

    private static String nz(String s) { return s == null || s.isEmpty() ? "（未识别）" : s; }
}
