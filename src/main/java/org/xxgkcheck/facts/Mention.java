package org.xxgkcheck.facts;

/**
 * A sentence that contains words of a vocabulary term (rules/vocabulary.txt). `listed` marks a mention that is
 * only an item of an enumeration ("工作考核、社会评议和责任追究方面"), which names a topic without reporting on it.
 * In part 五, `segment` is "问题" before the first sentence that opens the improvement measures, "措施" from it on.
 */
public final class Mention {
    private final String family;
    private final String name;
    private final int part;
    private final int sentence;
    private final String text;
    private final String words;
    private final boolean listed;
    private final String segment;
    private final int line;

    public Mention(String family, String name, int part, int sentence, String text, String words, boolean listed,
                   String segment, int line) {
        this.family = family;
        this.name = name;
        this.part = part;
        this.sentence = sentence;
        this.text = text;
        this.words = words;
        this.listed = listed;
        this.segment = segment;
        this.line = line;
    }

    public String getFamily() { return family; }
    public String getName() { return name; }
    /** Part number, 0 for the title and front matter. */
    public int getPart() { return part; }
    /** Index of the sentence within its part. */
    public int getSentence() { return sentence; }
    /** The whole sentence. */
    public String getText() { return text; }
    /** The words that matched. */
    public String getWords() { return words; }
    public boolean isListed() { return listed; }
    public String getSegment() { return segment; }
    public int getLine() { return line; }

    @Override public String toString() { return "Mention(" + family + "." + name + " in part " + part + ": " + words + ")"; }
}
