package org.xxgkcheck.output;

import java.io.PrintStream;
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

/** The human-readable result in Chinese: one line per finding with its place, then score and grade. */
public final class LegacyTextWriter {
    private LegacyTextWriter() {}

    static void write(List<CheckResult> results, List<WaiverLedger.Status> waivers, PrintStream out) {
        int readable = 0;
        for (CheckResult r : results) {
            writeOne(r, out);
            if (r.readable()) readable++;
        }
        for (WaiverLedger.Status w : waivers) {
            if (w.status().equals("applied")) continue;
            out.println("豁免 " + w.waiver().source() + "（" + w.waiver().ruleId() + "）"
                + (w.status().equals("expired") ? "已于 " + w.waiver().expires() + " 过期，未生效。" : "没有对应的发现，可能已不需要。"));
        }
        if (results.size() > 1) {
            out.println("共 " + results.size() + " 个文件，" + readable + " 份报告完成检查"
                + (readable < results.size() ? "，" + (results.size() - readable) + " 个文件无法读取" : "") + "。");
        }
    }

    private static void writeOne(CheckResult r, PrintStream out) {
        out.println("== " + r.file());
        ReportInfo info = r.report();
        if (r.readable()) {
            out.println("   " + nz(info.title()) + "｜" + nz(info.organ()) + "｜"
                + (info.year() == null ? "年度不明" : info.year() + " 年度") + "｜" + templateName(info.template()));
        }
        for (Finding f : r.findings()) {
            Severity s = f.severityLevel();
            out.println("   [" + (s == null ? f.severity() : s.chinese()) + "] " + f.ruleId() + "  " + LocationText.place(f.location())
                + "  " + f.message() + (f.points() > 0 ? "（扣 " + points(f.points()) + " 分）" : ""));
            if (!LocationText.quote(f.location()).isEmpty()) out.println("        原文：" + LocationText.quote(f.location()));
            if (f.explain() != null) explain(f.explain(), out);
        }
        for (WaivedFinding w : r.waived()) {
            out.println("   [已豁免] " + w.finding().ruleId() + "  " + LocationText.place(w.finding().location()) + "  " + w.finding().message()
                + "（理由：" + w.waiver().reason() + "；批准人：" + w.waiver().approver() + "；有效期至 " + w.waiver().expires() + "）");
        }
        for (Problem p : r.problems()) {
            out.println("   [" + (p.fatal() ? "无法读取" : "读取问题") + "] " + (p.location() == null ? "" : LocationText.place(p.location()) + "  ")
                + p.message());
        }
        if (r.readable()) {
            out.println("   得分 " + points(r.score()) + " 分（" + gradeText(r) + "）：错误 " + r.summary().get("error")
                + "，警告 " + r.summary().get("warning") + "，提示 " + r.summary().get("info"));
            for (Score.CategoryScore c : r.scoreByCategory()) {
                out.println("     " + c.category() + " " + pad(c.name(), 6) + " " + String.format(Locale.ROOT, "%5s", points(c.score()))
                    + " / " + points(c.max()));
            }
        }
        out.println();
    }

    /**
     * The grade as printed next to the score: "良好", with the cap that lowered it ("有错误的报告最高为良好") and
     * the 数据需更正 flag when they apply.
     */
    static String gradeText(CheckResult r) {
        StringBuilder g = new StringBuilder(r.grade());
        if (r.gradeCap() != null) {
            Severity s = Severity.parse(r.gradeCap().severity());
            g.append("，有").append(s == null ? r.gradeCap().severity() : s.chinese()).append("的报告最高为").append(r.grade());
        }
        if (Boolean.TRUE.equals(r.dataCorrection())) g.append("，数据需更正");
        return g.toString();
    }

    private static void explain(Explanation e, PrintStream out) {
        if (e.requirement() != null && !e.requirement().isBlank()) {
            for (String l : e.requirement().split("\n")) out.println("        " + l);
        }
        for (String f : e.facts()) out.println("        · " + f);
        for (String f : e.formula()) out.println("        公式：" + f);
        for (String f : e.notFound()) out.println("        未找到：" + f);
    }

    /** The place as every writer says it. */
    public static String place(Location l) {
        return LocationText.place(l);
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

    static String points(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** Pads Chinese text to a width counted in characters (all full-width here). */
    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + "　".repeat(width - s.length());
    }

    private static String nz(String s) { return s == null || s.isEmpty() ? "（未识别）" : s; }
}
