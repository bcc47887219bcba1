package org.xxgkcheck.template;

/** How a table's numbers stand in relation to its labels, so one reader can read every table. */
public enum Layout {
    /** Blocks, each with a title row, a header row naming the columns, then labelled rows (表二). */
    BLOCKS("分栏目"),
    /** Every row starts with its label, then one number per column in template order (表三). */
    ROWS("按行"),
    /** After the header, every number in template order, however the rows are cut (表四). */
    SEQUENCE("按顺序");

    public final String word;

    Layout(String word) { this.word = word; }

    public static Layout of(String word) {
        for (Layout l : values()) if (l.word.equals(word)) return l;
        return null;
    }
}
