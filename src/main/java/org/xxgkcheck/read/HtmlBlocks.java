package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xxgkcheck.template.Labels;

/**
 * Turns an article element into text and grid blocks: every paragraph, heading, list item and line break
 * ends a text block; a data table (no table inside it) becomes a grid laid out by GridLayout; a layout table is
 * read as flowing blocks. Lines are the HTML source lines where blocks start.
 */
final class HtmlBlocks {
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "address", "center", "tr", "td", "th",
        "caption", "figure", "figcaption", "hr", "table", "tbody", "thead", "tfoot", "body", "form", "header", "footer");
    /** Short lines of page furniture that sit inside article containers. */
    private static final Pattern FURNITURE_TEXT = Pattern.compile(
        "^[【\\[]?\\s*(打印本页|打印|关闭窗口|关闭|收藏|分享到?|返回顶部|字体|字号|扫一扫|上一篇|下一篇|相关链接|相关文章)");
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
    private static final int LAYOUT_CELL_TEXT = 400;

    private final List<Document.Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int textLine;

    static List<Document.Block> of(Element root) {
        HtmlBlocks b = new HtmlBlocks();
        b.walk(root);
        b.flush();
        return b.blocks;
    }

    private void walk(Node node) {
        Stop.check();
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                append(t.getWholeText(), line(t));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("table") && dataTable(e)) {
                    flush();
                    blocks.add(grid(e));
                } else if (BLOCK.contains(tag)) {
                    flush();
                    walk(e);
                    flush();
                } else {
                    walk(e);
                }
            }
        }
    }

    private void append(String raw, int line) {
        String s = HTML_SPACE.matcher(raw).replaceAll(" ");
        if (s.isEmpty()) return;
        if (Labels.trim(text.toString()).isEmpty() && !Labels.trim(s).isEmpty()) textLine = line;
        text.append(s);
    }

    private void flush() {
        String t = Labels.trim(text.toString()).replaceAll(" {2,}", " ");
        text.setLength(0);
        if (t.isEmpty() || (t.length() <= 20 && FURNITURE_TEXT.matcher(t).find())) return;
        blocks.add(new Document.Text(t, textLine));
    }

    /** A table of data: no table inside it and no cell holding a page of text. */
    static boolean dataTable(Element table) {
        if (table.select("table").size() > 1) return false;
        for (Element cell : table.select("td, th")) if (cell.text().length() > LAYOUT_CELL_TEXT) return false;
        return true;
    }

    private static Document.Grid grid(Element table) {
        List<List<GridLayout.SpanCell>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<GridLayout.SpanCell> row = new ArrayList<>();
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                row.add(new GridLayout.SpanCell(cellText(td), span(td.attr("rowspan")), span(td.attr("colspan"))));
            }
            if (row.isEmpty()) continue;
            cells.add(row);
            lines.add(line(tr));
        }
        List<List<String>> laid = GridLayout.layout(cells);
        List<Document.Row> rows = new ArrayList<>();
        for (int i = 0; i < laid.size(); i++) rows.add(new Document.Row(List.copyOf(laid.get(i)), lines.get(i)));
        return new Document.Grid(List.copyOf(rows), line(table));
    }

    /** The lines of a cell (paragraphs, line breaks) joined as one label: "商业" + "企业" → "商业企业". */
    static String cellText(Element td) {
        HtmlBlocks inner = new HtmlBlocks();
        inner.walk(td);
        inner.flush();
        List<String> parts = new ArrayList<>();
        for (Document.Block b : inner.blocks) if (b instanceof Document.Text t) parts.add(t.text());
        return TextJoin.lines(parts);
    }

    private static int span(String attr) {
        try {
            return attr.isBlank() ? 1 : Math.max(1, Integer.parseInt(attr.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int line(Node n) {
        int line = n.sourceRange().start().lineNumber();
        return Math.max(line, 1);
    }
}
