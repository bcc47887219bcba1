package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a report published as a web page: a whole article page or only its body, Word-exported markup included.
 * A page is often one source line of tens of thousands of characters, so blocks are numbered as paragraphs (each
 * text block, and each table row, counts one) and the source line where each starts is kept beside them.
 */
public final class HtmlReader {
    private HtmlReader() {}

    public static Document read(byte[] bytes, Headings headings) throws NotReadable {
        HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes);
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        if (deeperThan(page, MAX_DEPTH)) {
            throw new NotReadable("网页的标签嵌套过深（超过 " + MAX_DEPTH + " 层），可能是恶意构造的文件，未读取");
        }
        HtmlArticle.Article article = HtmlArticle.find(page, headings);
        List<Document.Block> blocks = new ArrayList<>(HtmlBlocks.of(article.body()));
        if (article.title() != null && !startsWithTitle(blocks)) {
            int line = article.titleElement() != null ? Math.max(1, article.titleElement().sourceRange().start().lineNumber()) : 1;
            blocks.add(0, new Document.Text(article.title(), line));
        }
        Document doc = paragraphs(blocks);
        if (!hasPartHeading(doc, headings)) {
            throw new NotReadable("网页中找不到年度报告正文：没有“" + headings.example(1) + "”到“" + headings.example(6) + "”中任何一个部分的标题"
                + "（可能是栏目列表页、导航页、已失效的页面，或正文是图片）");
        }
        if (decoded.badBytes() > 0) {
            doc = doc.withNote("网页中有 " + decoded.badBytes() + " 个字节不是有效的 " + decoded.charset() + " 编码，已替换为“\uFFFD”，相应的文字可能缺失或显示为乱码");
        }
        return doc.withNote(HtmlEnd.cut(decoded.text()));
    }

    /**
     * Browsers stop nesting elements at 512 levels; a Word-exported page is a few dozen deep. Deeper pages are
     * refused, as every later step (finding headings, taking text out) walks the tree, some of it once per level.
     */
    static final int MAX_DEPTH = 512;

    /** Walks the tree without recursion, stopping at the first node past the limit. */
    static boolean deeperThan(org.jsoup.nodes.Document page, int limit) {
        boolean[] deep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth <= limit) return FilterResult.CONTINUE;
                deep[0] = true;
                return FilterResult.STOP;
            }
        }, page);
        return deep[0];
    }

    /** The blocks renumbered 1, 2, 3 … in reading order (a table row counts one), with the source line of each. */
    static Document paragraphs(List<Document.Block> blocks) {
        List<Document.Block> out = new ArrayList<>(blocks.size());
        Map<Integer, Integer> sourceLines = new HashMap<>();
        int n = 0;
        for (Document.Block b : blocks) {
            if (b instanceof Document.Text t) {
                sourceLines.put(++n, t.line());
                out.add(new Document.Text(t.text(), n));
            } else if (b instanceof Document.Grid g) {
                List<Document.Row> rows = new ArrayList<>(g.rows().size());
                int first = n + 1;
                for (Document.Row r : g.rows()) {
                    sourceLines.put(++n, r.line());
                    rows.add(new Document.Row(r.cells(), n));
                }
                if (rows.isEmpty()) sourceLines.put(++n, g.line());
                out.add(new Document.Grid(List.copyOf(rows), first));
            }
        }
        return new Document(List.copyOf(out), List.of(), Map.copyOf(sourceLines));
    }

    /** Whether some text block heads a required part: a page without one is no annual report. */
    private static boolean hasPartHeading(Document doc, Headings headings) {
        for (Document.Block b : doc.blocks()) {
            if (b instanceof Document.Text t && headings.looksLikePartHeading(t.text())) return true;
        }
        return false;
    }

    /** Whether one of the first short text blocks already names the report (the title printed in the article). */
    private static boolean startsWithTitle(List<Document.Block> blocks) {
        int seen = 0;
        for (Document.Block b : blocks) {
            if (!(b instanceof Document.Text t)) break;
            if (t.text().length() <= 50 && t.text().contains("报告") && !t.text().contains("。")) return true;
            if (++seen == 3) break;
        }
        return false;
    }
}
