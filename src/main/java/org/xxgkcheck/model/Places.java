package org.xxgkcheck.model;

import java.util.Map;

/**
 * For one report, how the reader's positions become places a person can find in the file, and the text at each
 * position (for the quote). Text and Markdown count lines of the file; a PDF position is page × 1000 + the line on
 * that page; DOCX and HTML count paragraphs (a table row counts as one), an HTML paragraph also keeping the source
 * line where it starts.
 */
public final class Places {

    /** How a format's positions count. */
    public enum Counting { LINES, PAGE_LINES, PARAGRAPHS }

    /** Positions are lines and no text is known: what a place was before readers said more. */
    public static final Places LINES = new Places(Counting.LINES, Map.of(), Map.of(), Map.of(), null);

    private final Counting counting;
    private final Map<Integer, String> text;
    private final Map<Integer, Integer> sourceLines;
    private final Map<Integer, Integer> headings;
    private final Integer front;

    /**
     * @param text        the text of the block or table row at each position
     * @param sourceLines for paragraphs of a file that also has lines (HTML), the line where each starts
     * @param headings    the position of each part's heading, by part number
     * @param front       the position of the report's first line (its title), or null
     */
    public Places(Counting counting, Map<Integer, String> text, Map<Integer, Integer> sourceLines,
                  Map<Integer, Integer> headings, Integer front) {
        this.counting = counting;
        this.text = text;
        this.sourceLines = sourceLines;
        this.headings = headings;
        this.front = front;
    }

    /** Where the report starts (its title): the place of a finding about the title and front matter. */
    public Integer front() { return front; }

    /**
     * The location with its line, page and paragraph filled in from its position, and a quote when it had none. A
     * finding about a whole part (no position of its own, such as a part that says nothing of the fees) is placed at
     * that part's heading, so a reader can find the part; a part that is missing has no heading and stays unplaced.
     */
    public Location resolve(Location l) {
        if (l == null) return null;
        if ((l.position() == null || l.position() <= 0) && l.part() != null && headings.containsKey(l.part())) {
            l = new Location(l.part(), l.table(), l.row(), l.column(), null, null, null, l.path(), l.quote(), headings.get(l.part()));
        }
        if (l.position() == null || l.position() <= 0) return l;
        int p = l.position();
        Location out = switch (counting) {
            case LINES -> l.placed(p, null, null);
            case PAGE_LINES -> p >= 1000 ? l.placed(p % 1000, p / 1000, null) : l.placed(p, null, null);
            case PARAGRAPHS -> l.placed(sourceLines.get(p), null, p);
        };
        if (out.quote() == null) {
            String t = text.get(p);
            if (t != null) out = out.withQuote(Quote.of(t));
        }
        return out;
    }

    /** A bare position said as a place (for --explain's list of facts), without a quote. */
    public Location at(int position) {
        Location l = resolve(Location.at(null, null, null, null, position));
        return l == null || l.quote() == null ? l : l.withQuote(null);
    }
}
