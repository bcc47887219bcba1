package org.xxgkcheck.facts;

/** One paragraph of narrative text; part is 0 for the front matter before part 一. */
public final class Paragraph {
    private final int part;
    private final int index;
    private final String text;
    private final int line;

    public Paragraph(int part, int index, String text, int line) {
        this.part = part;
        this.index = index;
        this.text = text;
        this.line = line;
    }

    public int getPart() { return part; }
    public int getIndex() { return index; }
    public String getText() { return text; }
    public int getLine() { return line; }

    @Override public String toString() { return "Paragraph(" + part + "#" + index + ")"; }
}
