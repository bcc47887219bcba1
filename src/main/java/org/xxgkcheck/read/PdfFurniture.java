package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/**
 * Removes what the printer repeats on every page: page numbers ("-3-", "第 3 页 共 6 页", "3/6") as the first or
 * last line of a page, and running headers and footers (the same text, digits aside, near the top or bottom of
 * most pages).
 */
final class PdfFurniture {
    private PdfFurniture() {}

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
        "(?i)^[-—–－·•]*[(（]?(?:第)?\\d{1,4}(?:页)?[)）]?[-—–－·•]*$|^第\\d{1,4}页[,，]?共\\d{1,4}页$|^\\d{1,4}/\\d{1,4}$"
            + "|^(?:page)?\\d{1,4}(?:of\\d{1,4})?$");
    /** Top and bottom share of the page where headers and footers stand. */
    private static final float MARGIN = 0.1f;

    static List<PdfText.Line> remove(List<PdfText.Line> lines, Map<Integer, Float> pageHeights) {
        Map<Integer, List<PdfText.Line>> byPage = new HashMap<>();
        for (PdfText.Line l : lines) byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        Map<String, Set<Integer>> marginTexts = new HashMap<>();
        for (PdfText.Line l : lines) {
            if (inMargin(l, pageHeights)) marginTexts.computeIfAbsent(key(l), k -> new HashSet<>()).add(l.page());
        }
        int pages = byPage.size();
        List<PdfText.Line> out = new ArrayList<>();
        for (PdfText.Line l : lines) {
            List<PdfText.Line> page = byPage.get(l.page());
            boolean edge = l == page.get(0) || l == page.get(page.size() - 1);
            String t = Labels.normalize(l.text());
            boolean bare = BARE_NUMBER.matcher(t).matches();
            boolean pageNumber = PAGE_NUMBER.matcher(t).matches() && (bare ? edge && inMargin(l, pageHeights) : edge || inMargin(l, pageHeights));
            boolean running = pages >= 2 && inMargin(l, pageHeights)
                && marginTexts.get(key(l)).size() >= Math.max(2, (pages + 1) / 2);
            if (!pageNumber && !running) out.add(l);
        }
        return out;
    }

    private static boolean inMargin(PdfText.Line l, Map<Integer, Float> pageHeights) {
        float h = pageHeights.getOrDefault(l.page(), 842f);
        return l.y() < MARGIN * h || l.y() > (1 - MARGIN) * h;
    }

    /** Text with digits masked, so "第 3 页" and "第 4 页" count as the same running line. */
    private static String key(PdfText.Line l) {
        return DIGIT_RUN.matcher(Labels.normalize(l.text())).replaceAll("#");
    }
}
