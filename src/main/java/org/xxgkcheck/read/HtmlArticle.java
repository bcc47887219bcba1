package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.xxgkcheck.template.Labels;

/**
 * Finds the report in a whole government web page: drops scripts, navigation, headers, footers, share buttons
 * and hidden elements, then keeps the smallest element holding the report's part headings. The page title is
 * remembered first, since sites print it outside the article body.
 */
final class HtmlArticle {
    private HtmlArticle() {}

    /** The article element and the report title found on the page (null when none). */
    record Article(Element body, Element titleElement, String title) {}

    /** Never content. */
    private static final String JUNK_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
        + "link, meta, map, audio, video, input, select, button, textarea";
    /** Page furniture, unless the report's headings stand inside (some sites wrap everything in one of these). */
    private static final String FURNITURE_TAGS = "nav, header, footer, aside, menu";
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern JUNK_NAME = Pattern.compile("(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|"
        + "share|bdshare|jiathis|social|footer|foot|header|topbar|sidebar|copyright|banner|toolbar|print|related|"
        + "fenxiang|daohang|position|location|weizhi|qrcode|ewm|search|login)([\\s_\\d-]|$)");
    private static final Set<String> LEAF_BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td",
        "th", "dt", "dd", "section", "article", "blockquote", "center", "font", "strong", "b", "span");

    static Article find(org.jsoup.nodes.Document page, Headings headings) {
        Element titleElement = titleElement(page);
        String title = titleElement != null ? Labels.trim(titleElement.text()) : pageTitle(page.title());
        Element body = page.body();
        body.select(JUNK_TAGS).remove();
        for (Element e : body.select("[hidden], [style]")) {
            if (e.hasAttr("hidden") || HIDDEN.matcher(e.attr("style")).find()) e.remove();
        }
        List<Element> headingElements = headingElements(body, headings);
        Set<Element> keep = new HashSet<>(headingElements);
        for (Element h : headingElements) keep.addAll(h.parents());
        for (Element e : body.select(FURNITURE_TAGS)) {
            if (!keep.contains(e)) e.remove();
        }
        for (Element e : body.select("[class], [id]")) {
            if (keep.contains(e)) continue;
            if (JUNK_NAME.matcher(e.className()).find() || JUNK_NAME.matcher(e.id()).find()) e.remove();
        }
        return new Article(commonAncestor(headingElements, body), titleElement, title);
    }

    /** Leaf block elements whose text is a part heading, at most one per part. */
    static List<Element> headingElements(Element body, Headings headings) {
        List<Element> found = new ArrayList<>();
        boolean[] seen = new boolean[7];
        for (Element e : body.getAllElements()) {
            Stop.check();
            if (!LEAF_BLOCKS.contains(e.normalName()) || e.childrenSize() > 8) continue;
            String text = Labels.trim(e.text());
            if (text.isEmpty() || text.length() > 48) continue;
            int part = headings.partOfHeading(text);
            if (part > 0 && !seen[part]) {
                seen[part] = true;
                found.add(e);
            }
        }
        return found;
    }

    /** The deepest element containing all headings; the body when fewer than two parts were seen. */
    static Element commonAncestor(List<Element> headings, Element body) {
        if (headings.size() < 2) return body;
        List<Element> chain = new ArrayList<>(headings.get(0).parents());
        for (Element h : headings.subList(1, headings.size())) {
            Set<Element> up = new HashSet<>(h.parents());
            chain.removeIf(a -> !up.contains(a));
        }
        return chain.isEmpty() ? body : chain.get(0);
    }

    private static Element titleElement(org.jsoup.nodes.Document page) {
        for (Element e : page.select("h1, h2, h3, [class*=title], [id*=title], [class*=biaoti]")) {
            String t = Labels.trim(e.text());
            if (t.length() >= 8 && t.length() <= 80 && t.contains("报告") && e.select("p, table, div p").size() <= 1) {
                return e;
            }
        }
        return null;
    }

    /** "xx年度报告_某某政府网" → "xx年度报告". */
    static String pageTitle(String raw) {
        String t = Labels.trim(raw);
        for (String part : t.split("\\s*(?:[_|｜]|\\s[-–—]\\s|--)\\s*")) {
            if (part.contains("报告")) return Labels.trim(part);
        }
        return t.contains("报告") ? t : null;
    }
}
