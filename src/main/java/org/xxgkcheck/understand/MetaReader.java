package org.xxgkcheck.understand;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/** Reads title, issuing body, its kind, the report year and the statistics period from the front matter. */
final class MetaReader {
    private MetaReader() {}

    record Meta(String title, String organ, String organType, String organLevel, int year, String periodStart,
                String periodEnd) {}

    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");
    static final Pattern PERIOD = Pattern.compile(
        "(20\\d{2})年(\\d{1,2})月(\\d{1,2})日(?:起)?(?:至|到|—|-|~|－)+(?:(20\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    /** A title line that starts with the year or the subject continues an organ's name on the line above. */
    private static final Pattern WRAPPED_AFTER_ORGAN = Pattern.compile("^(?:\\(?20\\d{2}|政府信息公开)");
    private static final Pattern REGION = Pattern.compile(".*(?:省|市|县|区|州|盟|旗|自治区)$");

    /** @param lead the text blocks before part 一 (title and front matter), @param body all text for fallbacks */
    static Meta read(List<String> lead, String body) {
        String title = title(lead);
        int year = 0;
        String organ = "";
        Matcher y = TITLE_YEAR.matcher(title);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            organ = title.substring(0, y.start());
        } else {
            int i = title.indexOf("政府信息公开");
            if (i > 0) organ = title.substring(0, i);
        }
        organ = Labels.normalize(organ).replaceAll("[（(]?20\\d{2}[）)]?$", "").replaceAll("^关于", "");
        // A title without the body's name ("2023年政府信息公开工作年度报告"): the page's 发布机构 names it.
        if (organ.isEmpty()) organ = LeadLines.organ(lead);
        String periodStart = null;
        String periodEnd = null;
        Matcher p = period(Labels.normalize(String.join("\n", lead) + "\n" + body));
        if (p != null) {
            String endYear = p.group(4) != null ? p.group(4) : p.group(1);
            periodStart = iso(p.group(1), p.group(2), p.group(3));
            periodEnd = iso(endYear, p.group(5), p.group(6));
            if (year == 0) year = Integer.parseInt(endYear);
        }
        String type = organType(organ);
        if (type.equals("township-government") && !organ.contains("人民政府")) organ = organ + "人民政府";
        if (type.equals("government") && REGION.matcher(organ).matches()) organ = organ + "人民政府";
        return new Meta(title, organ, type, organLevel(organ), year, periodStart, periodEnd);
    }

    /**
     * The title: the line that names the report (年度报告, 政府信息公开工作), with the short line before it when the
     * title wraps there ("一平垣乡" / "2021年政府信息公开工作年度报告"), or the lines after it up to "报告". Page
     * furniture above it (breadcrumbs, 索引号 blocks, "正文") is skipped; without a naming line, the first lines.
     */
    static String title(List<String> lead) {
        List<String> lines = lead.stream().map(Labels::trim).filter(l -> !LeadLines.furniture(l)).toList();
        int named = -1;
        for (int i = 0; i < Math.min(4, lines.size()) && named < 0; i++) {
            if (LeadLines.names(lines.get(i)) && titleLike(lines.get(i))) named = i;
        }
        StringBuilder t = new StringBuilder();
        int from = 0;
        boolean organAbove = named > 0 && WRAPPED_AFTER_ORGAN.matcher(Labels.normalize(lines.get(named))).find();
        if (organAbove && titleLike(lines.get(named - 1)) && lines.get(named - 1).length() <= 20) from = named - 1;
        else if (named >= 0) from = named;
        for (int i = from; i < Math.min(from + 3, lines.size()); i++) {
            String line = lines.get(i);
            if (!titleLike(line)) break;
            t.append(line);
            if (Labels.normalize(t.toString()).contains("报告")) break;
        }
        return t.toString();
    }

    /** A title line is short and not a sentence. */
    private static boolean titleLike(String line) {
        return line.length() <= 50 && !(line.contains("。") && line.length() > 20);
    }

    static String organType(String organ) {
        if (organ.isEmpty()) return "unknown";
        if (organ.endsWith("街道") || organ.contains("街道办事处")) return "subdistrict-office";
        if (organ.matches(".*[镇乡](?:人民政府)?(?:办公室|党政办公室|党政办)?$")) return "township-government";
        if (organ.endsWith("人民政府") || REGION.matcher(organ).matches()) return "government";
        return "department";
    }

    /** The level of the region the body belongs to, from the last region word of its name. */
    static String organLevel(String organ) {
        if (organ.isEmpty()) return "unknown";
        if (organ.matches(".*(镇|乡|街道).*")) return "township";
        String regions = organ.replaceAll("(自治区|省)", "P").replaceAll("(自治州|市|州|盟)", "C").replaceAll("(县|区|旗)", "X");
        int p = regions.lastIndexOf('P');
        int c = regions.lastIndexOf('C');
        int x = regions.lastIndexOf('X');
        int last = Math.max(p, Math.max(c, x));
        if (last < 0) return "unknown";
        return last == x ? "county" : last == c ? "city" : "province";
    }

    /**
     * The first statement of the period, as {@code PERIOD.matcher(text).find()} would find it. Hot path (the whole
     * text of every report): a match starts four characters before a 年, so only those places are tried.
     */
    static Matcher period(String text) {
        Matcher m = PERIOD.matcher(text);
        for (int i = text.indexOf('年', 4); i >= 0; i = text.indexOf('年', i + 1)) {
            if (m.region(i - 4, text.length()).lookingAt()) return m;
        }
        return null;
    }

    private static String iso(String y, String m, String d) {
        return y + "-" + twoDigits(Integer.parseInt(m)) + "-" + twoDigits(Integer.parseInt(d));
    }

    private static String twoDigits(int n) { return n < 10 ? "0" + n : String.valueOf(n); }
}
