package org.xxgkcheck.parse;

import org.xxgkcheck.template.Labels;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, issuing body, its kind, the report year and the statistics period from the front matter. */
final class MetaReader {
    private MetaReader() {}

    record Meta(String title, String organ, String organType, String organLevel, int year, String periodStart,
                String periodEnd) {}

    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern PERIOD = Pattern.compile(
        "(20\\d{2})年(\\d{1,2})月(\\d{1,2})日(?:起)?(?:至|到|—|-|~|－)+(?:(20\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
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
        String periodStart = null;
        String periodEnd = null;
        Matcher p = PERIOD.matcher(Labels.normalize(String.join("\n", lead) + "\n" + body));
        if (p.find()) {
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

    /** The title: the first short lines, joined, up to the one that names the report (titles wrap in exports). */
    static String title(List<String> lead) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < Math.min(3, lead.size()); i++) {
            String line = Labels.trim(lead.get(i));
            if (line.length() > 50 || (line.contains("。") && line.length() > 20)) break;
            t.append(line);
            if (Labels.normalize(t.toString()).contains("报告")) break;
        }
        return t.toString();
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

    private static String iso(String y, String m, String d) {
        return String.format(java.util.Locale.ROOT, "%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
    }
}
