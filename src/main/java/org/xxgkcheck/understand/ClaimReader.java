package org.xxgkcheck.understand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.facts.Breakdown;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Percent;
import org.xxgkcheck.facts.Statement;
import org.xxgkcheck.read.Numbers;

/**
 * Reads the numbers the narrative states (identities.md §5) into facts, so that comparing them with the tables
 * is a rule. Only unambiguous phrasings are read; a sentence that matches nothing states nothing.
 */
final class ClaimReader {
    private ClaimReader() {}

    private static final String NUM = "(\\d+)\\s*(?:件|个|份|条|宗|起)";
    /** Applications for disclosure, not for administrative review or litigation (those are table 四's). */
    private static final Pattern RECEIVED = Pattern.compile(
        "(?:收到|受理|新收|接收|接到)(?:(?!复议|诉讼)[^，。；,;\\d]){0,16}?申请[^，。；,;\\d]{0,8}?" + NUM);
    private static final Pattern CHANNELS = Pattern.compile("线上|线下|网上|网络|当面|现场|信函|邮寄|电子邮件|传真|窗口");
    private static final Pattern CLOSED = Pattern.compile("(?:答复|办结|办理完毕|办理完成)[^，。；,;\\d]{0,12}?" + NUM);
    private static final Pattern CARRIED = Pattern.compile(
        "(?:结转|顺延)(?:到|至)?下一?年度?[^，。；,;\\d]{0,12}?" + NUM + "|" + NUM + "[^，。；,;]{0,14}?(?:结转|顺延)(?:到|至)?下一?年");
    private static final Pattern NONE_RECEIVED = Pattern.compile(
        "(?:未|没有|无)(?:收到|受理|接到)(?:(?!复议|诉讼)[^，。；,;]){0,14}?申请|零申请|申请(?:数量|件数)?(?:为|是)(?:0|零)件?");
    private static final Pattern REVIEWS = Pattern.compile("(?<!未|没有|无)行政复议(?:案件|申请)?[^，。；,;\\d]{0,6}?" + NUM);
    private static final Pattern LAWSUITS = Pattern.compile("(?<!未|没有|无)行政诉讼(?:案件)?[^，。；,;\\d]{0,6}?" + NUM);
    private static final Pattern NONE_REVIEWED = Pattern.compile(
        "(?:未|没有)(?:发生|出现|收到|被申请)[^，。；,;]{0,20}?(?:行政复议|行政诉讼)|(?:行政复议|行政诉讼)[^，。；,;]{0,12}?(?:均为|为)(?:0|零)");
    private static final Pattern NORMS = Pattern.compile("(?:制发|出台|印发|制定)了?(?:行政)?规范性文件" + NUM);
    private static final Pattern PARTS = Pattern.compile(
        "(?:包括|包含|由|分为)([^。]{4,240}?)(?:等|共)?([一二三四五六七八九]|\\d)个?部分");
    private static final Pattern YEAR_LEAD = Pattern.compile(
        "^(?:[一二三四五六七八九十]+是|\\(?\\d{1,2}[.、)]|\\([一二三四五六七八九十]+\\))?(20\\d{2})年(?!\\d{1,2}月|以来|至今|起|至|到|以前|前|后|底|末|初)");
    /**
     * Last year's problems and how they were put right: a sentence or sub-heading led by last year
     * ("（一）2024年工作中存在问题的改进情况") is the follow-up the template asks for, not this year's work in the wrong year.
     */
    private static final Pattern FOLLOW_UP = Pattern.compile("问题[^。；;]{0,20}?(?:改进|整改)|(?:改进|整改)[^。；;]{0,20}?问题");
    private static final Pattern BREAKDOWN = Pattern.compile("(\\d+)\\s*(条|件|个|项|篇|期)[,，]?\\s*其中(.+?)(?:。|$)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+)\\s*(?:件|条|个|项)[,，]?\\s*占(?:比)?[^\\d，。]{0,6}?(\\d+(?:\\.\\d+)?)%");
    private static final Pattern TOTAL = Pattern.compile("共(?:计)?[^\\d，。]{0,10}?(\\d+)\\s*(?:件|条|个|项)");
    private static final Pattern DATE_ONLY = Pattern.compile("^(20\\d{2})年(\\d{1,2})月(\\d{1,2})日$");

    private static final Pattern CLAUSE = Pattern.compile("[，,；;]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    record Claims(List<Statement> statements, List<Breakdown> breakdowns, List<Percent> percents) {}

    static Claims read(List<Paragraph> paragraphs) {
        List<Statement> st = new ArrayList<>();
        List<Breakdown> bd = new ArrayList<>();
        List<Percent> pc = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            org.xxgkcheck.read.Stop.check();
            String para = normalize(p.getText());
            int part = p.getPart();
            Matcher dm = DATE_ONLY.matcher(para);
            if (dm.matches() && (part == 6 || part == 0)) {
                st.add(new Statement("DATED", Long.parseLong(dm.group(1)) * 10000 + Integer.parseInt(dm.group(2)) * 100
                    + Integer.parseInt(dm.group(3)), -1, p.getText(), part, p.getLine()));
            }
            Matcher pm = PARTS.matcher(para);
            if (part <= 1 && para.contains("部分") && pm.find()) {
                st.add(new Statement("PARTS_CLAIMED", Numbers.smallNumber(pm.group(2)), listedItems(pm.group(1)), p.getText(), part, p.getLine()));
            }
            for (String s : Sentences.split(para)) sentence(s, part, p.getLine(), st, bd, pc);
        }
        return new Claims(st, bd, pc);
    }

    // Hot path: every sentence of every report. Each pattern runs only when the sentence has the words the
    // pattern cannot match without (a digit for a count, 申请 for applications, 行政复议 for reviews …): most
    // sentences state no number, and a guard that fails means the pattern could not have matched.
    private static void sentence(String s, int part, int line, List<Statement> st, List<Breakdown> bd, List<Percent> pc) {
        boolean digits = hasDigit(s);
        boolean applications = s.contains("申请");
        List<Long> received = digits && applications ? numbers(RECEIVED, s) : List.of();
        if (!received.isEmpty()) {
            boolean channels = received.size() > 1 && !s.contains("其中") && CHANNELS.matcher(s).find();
            long n = channels ? received.stream().mapToLong(Long::longValue).sum() : received.get(0);
            st.add(new Statement("APPS_RECEIVED", n, includesCarryIn(s) ? 1 : 0, s, part, line));
        } else if (applications && NONE_RECEIVED.matcher(s).find()) {
            st.add(new Statement("NO_APPLICATIONS", -1, -1, s, part, line));
        }
        boolean reviews = s.contains("行政复议");
        boolean lawsuits = s.contains("行政诉讼");
        if (digits) {
            if (applications) first(CLOSED, s).ifPresent(n -> st.add(new Statement("APPS_CLOSED", n, -1, s, part, line)));
            if (s.contains("结转") || s.contains("顺延")) {
                first(CARRIED, s).ifPresent(n -> st.add(new Statement("APPS_CARRIED_OVER", n, -1, s, part, line)));
            }
            if (reviews) first(REVIEWS, s).ifPresent(n -> st.add(new Statement("REVIEWS", n, -1, s, part, line)));
            if (lawsuits) first(LAWSUITS, s).ifPresent(n -> st.add(new Statement("LAWSUITS", n, -1, s, part, line)));
        }
        // "未发生行政复议，被提起行政诉讼1件" denies only the review: each denial covers what its own clause names.
        if (reviews || lawsuits) {
            for (String clause : CLAUSE.split(s)) {
                if (!NONE_REVIEWED.matcher(clause).find()) continue;
                if (clause.contains("复议")) st.add(new Statement("NO_REVIEW", -1, -1, s, part, line));
                if (clause.contains("诉讼")) st.add(new Statement("NO_LAWSUIT", -1, -1, s, part, line));
            }
        }
        if (!digits) return;
        if (s.contains("规范性文件")) first(NORMS, s).ifPresent(n -> st.add(new Statement("NORMS_MADE", n, -1, s, part, line)));
        if (part >= 1 && part <= 4 && s.contains("年")) {
            Matcher y = YEAR_LEAD.matcher(s);
            if (y.find() && !FOLLOW_UP.matcher(s).find()) st.add(new Statement("YEAR_LEAD", Long.parseLong(y.group(1)), -1, s, part, line));
        }
        if (s.contains("其中")) {
            Matcher b = BREAKDOWN.matcher(s);
            if (b.find()) {
                List<Long> parts = numbers(Pattern.compile("(\\d+)\\s*" + b.group(2)), b.group(3));
                if (parts.size() >= 2) {
                    bd.add(new Breakdown(Long.parseLong(b.group(1)), parts.stream().mapToLong(Long::longValue).sum(), parts.size(),
                        b.group(2), s, part, line));
                }
            }
        }
        if (s.indexOf('%') >= 0 && s.indexOf('占') >= 0) {
            Matcher pcm = PERCENT.matcher(s);
            while (pcm.find()) {
                long total = first(TOTAL, s).orElse(0L);
                pc.add(new Percent(Long.parseLong(pcm.group(1)), Double.parseDouble(pcm.group(2)), total, s, part, line));
            }
        }
    }

    /** An ASCII digit, as \\d matches: the text was NFKC-normalised, so full-width digits are ASCII already. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
        return false;
    }

    /**
     * "收到申请 N 件（含上年结转 M 件）": the note must follow the received count itself; in "受理…3119件，答复3050件
     * （含上年度结转…）" it belongs to the answers.
     */
    static boolean includesCarryIn(String s) {
        Matcher m = RECEIVED.matcher(s);
        if (!m.find()) return false;
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 6));
        return after.matches("^[(（]?(含|包括)上年.*");
    }

    /** How many names a "包括…六部分" sentence lists: by ，or ； when present, else by 、; "和" joins the last two. */
    static int listedItems(String list) {
        // Part 四's own name has a 、 in it ("行政复议、行政诉讼情况"): it is one name.
        list = list.replaceAll("复议、(提起)?(行政)?诉讼", "复议$1$2诉讼");
        String sep = list.matches(".*[，,；;].*") ? "[，,；;]" : "、";
        String[] items = list.split(sep);
        int n = 0;
        for (String it : items) if (!it.isBlank()) n++;
        String last = items[items.length - 1];
        if (last.contains("和") && !last.startsWith("和")) n++;
        return n;
    }

    private static List<Long> numbers(Pattern p, String s) {
        List<Long> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && DIGITS.matcher(m.group(g)).matches()) {
                    out.add(Long.parseLong(m.group(g)));
                    break;
                }
            }
        }
        return out;
    }

    private static java.util.Optional<Long> first(Pattern p, String s) {
        List<Long> n = numbers(p, s);
        return n.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(n.get(0));
    }

    private static String normalize(String s) {
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }
}
