package org.xxgkcheck.rules;

import java.util.Locale;
import org.xxgkcheck.facts.Artifact;
import org.xxgkcheck.facts.Breakdown;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.ExtraRow;
import org.xxgkcheck.facts.Label;
import org.xxgkcheck.facts.LastYear;
import org.xxgkcheck.facts.Mention;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Percent;
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Setting;
import org.xxgkcheck.facts.Similarity;
import org.xxgkcheck.facts.Statement;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.model.LocationText;
import org.xxgkcheck.model.Places;
import org.xxgkcheck.template.TemplateBook;
import org.xxgkcheck.facts.Term;

/** One-line Chinese descriptions of facts, for --explain. */
final class FactText {
    private FactText() {}

    /** @param places how this report's positions are said: （第3页第24行）, （第12段）, （第24行） */
    static String describe(Object f, Places places) {
        if (f instanceof Cell c) {
            return c.getTableName() + "·" + c.getRowLabel() + "·" + c.getColumnLabel() + " = "
                + (c.isBlank() ? "（空白，按 0）" : c.getRaw()) + line(c.getLine(), places);
        }
        if (f instanceof Table t) {
            return t.getName() + "：" + (t.isReadable() ? "已按模板读取" : t.isFound() ? "无法按模板读取（" + t.getReason() + "）" : "未找到")
                + "，" + FactWords.code("template", t.getTemplate()) + line(t.getLine(), places);
        }
        if (f instanceof Report r) {
            String organ = r.getOrgan() == null || r.getOrgan().isEmpty() ? "未识别出" : r.getOrgan();
            return "报告：" + r.getTitle() + "；机关 " + organ + "（" + FactWords.code("organType", r.getOrganType()) + "）；年度 "
                + (r.getYear() > 0 ? String.valueOf(r.getYear()) : "未识别出") + "；表格格式 " + FactWords.code("template", r.getTemplate()) + (r.isPeriodStated() ? "；统计期限 " + r.getPeriodStart() + " 至 " + r.getPeriodEnd() : "");
        }
        if (f instanceof Part p) return "第" + p.getNumeral() + "部分“" + p.getHeading() + "”" + line(p.getLine(), places) + "：“" + excerpt(p.getText()) + "”";
        if (f instanceof Paragraph p) return "段落" + line(p.getLine(), places) + "：“" + excerpt(p.getText()) + "”";
        if (f instanceof Mention m) {
            return "正文" + line(m.getLine(), places) + "用到“" + m.getWords() + "”（" + m.getFamily() + (m.getFamily().equals(m.getName()) ? "" : "." + m.getName())
                + (m.isListed() ? "，仅在列举中" : "") + "）：“" + excerpt(m.getText()) + "”";
        }
        if (f instanceof Statement s) {
            return "正文" + line(s.getLine(), places) + "（" + FactWords.code("kind", s.getKind()) + (s.getKind().startsWith("NO_") ? "" : " " + s.getValue())
                + "）：“" + excerpt(s.getText()) + "”";
        }
        if (f instanceof Breakdown b) return "正文" + line(b.getLine(), places) + "：总数 " + b.getTotal() + "，分项 " + b.getParts() + " 项之和 " + b.getSum();
        if (f instanceof Percent p) return "正文" + line(p.getLine(), places) + "：" + p.getCount() + " 占 " + p.getPercent() + "%" + (p.getTotal() > 0 ? "（总数 " + p.getTotal() + "）" : "");
        if (f instanceof Label l) return l.getTableName() + "标签“" + l.getPrinted() + "”（" + FactWords.code("status", l.getStatus()) + "）" + line(l.getLine(), places);
        if (f instanceof ExtraRow x) return x.getTableName() + "模板外的行“" + x.getLabel() + "”" + line(x.getLine(), places);
        if (f instanceof Artifact a) return "导出残留“" + a.getText() + "”" + line(a.getLine(), places);
        if (f instanceof Term t) return "词表 " + t.getFamily() + "." + t.getName() + " = " + t.getWords();
        if (f instanceof Setting s) return "设定 " + s.getName() + " = " + number(s.getValue());
        if (f instanceof LastYear y) return "上一年度报告：" + y.getFile() + "（" + y.getOrgan() + "，" + y.getYear() + " 年度）";
        if (f instanceof Similarity s) return "与上年" + s.getScope() + "的相似度 " + s.getPercent();
        if (f instanceof org.xxgkcheck.facts.TemplatePart t) return "格式规定的第" + t.getNumeral() + "部分“" + t.getName() + "”";
        if (f instanceof org.xxgkcheck.facts.OmittedRow o) return o.getTableName() + "没有印出可省略的“" + o.getLabel() + "”行";
        if (f instanceof Integer n) return "第" + TemplateBook.numeral(n) + "部分";
        if (f instanceof java.util.Collection<?> c) return "共 " + c.size() + " 项";
        if (f instanceof Number n) return "数值 " + value(n);
        return String.valueOf(f);
    }

    /** A bound value as it would read in a formula. */
    static String value(Object v) {
        if (v instanceof Double d) return number(d);
        if (v instanceof Float d) return number(d);
        if (v instanceof Number n) return n.toString();
        if (v instanceof String s) return "“" + s + "”";
        if (v instanceof Boolean b) return b ? "是" : "否";
        if (v instanceof java.util.Collection<?> c) return c.size() + " 项";
        return null;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    /** The fact's position as LocationText says it, in brackets; "" when it has none. */
    private static String line(int position, Places places) {
        return position > 0 ? "（" + LocationText.position(places.at(position)) + "）" : "";
    }

    private static String excerpt(String s) {
        String t = s.replace("\n", " ").strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
