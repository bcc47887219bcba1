package org.xxgkcheck.facts;

/** Export debris removed while reading, such as "[bookmark: _GoBack]". */
public final class Artifact {
    private final String text;
    private final int line;

    public Artifact(String text, int line) {
        this.text = text;
        this.line = line;
    }

    public String getText() { return text; }
    public int getLine() { return line; }
}
