package org.xxgkcheck.facts;

/** One of the six required parts (一 总体情况 … 六 其他需要报告的事项) as found in the report. */
public final class Part {
    private final int number;
    private final String heading;
    private final String numbering;
    private final String text;
    private final int line;
    private final int position;
    private final int sentenceCount;
    private final String name;

    /** @param name the template's wording of the part's heading (rules/templates/parts.txt) */
    public Part(int number, String heading, String numbering, String text, int line, int position, int sentenceCount,
                String name) {
        this.name = name;
        this.number = number;
        this.heading = heading;
        this.numbering = numbering;
        this.text = text;
        this.line = line;
        this.position = position;
        this.sentenceCount = sentenceCount;
    }

    /** The canonical part number 1–6 the heading was recognised as. */
    public int getNumber() { return number; }
    /** The heading as written, numbering included. */
    public String getHeading() { return heading; }
    /** The numbering as written: "一、", "1、", "（一）" or "" when unnumbered. */
    public String getNumbering() { return numbering; }
    /** All narrative text of the part (tables excluded), paragraphs joined by newlines. */
    public String getText() { return text; }
    public int getLine() { return line; }
    /** Order of appearance among the parts found (0 = first). */
    public int getPosition() { return position; }
    public String getName() { return name; }
    /** The part's number as a Chinese numeral: 一 … 六. */
    public String getNumeral() { return org.xxgkcheck.template.TemplateBook.numeral(number); }
    /** Sentences of narrative text in the part (tables excluded). */
    public int getSentenceCount() { return sentenceCount; }
    /** The heading without its numbering equals the template's wording (after normalising spaces and brackets). */
    public boolean isCanonicalWording() {
        return heading.substring(numbering.length()).replaceAll("[\\s\u3000]", "").equals(name);
    }

    @Override public String toString() { return "Part(" + number + ", " + heading + ")"; }
}
