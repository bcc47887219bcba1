package org.xxgkcheck.read;

/**
 * Tells a line that heads one of the six required parts. A format reader needs this to keep a heading out of a
 * table or a paragraph, but what counts as a heading comes from the template's part names, which is
 * understanding's business (Outline); the readers take this interface so reading does not depend on understanding.
 */
public interface Headings {
    boolean looksLikePartHeading(String line);

    /** The part a line is the heading of, or -1. */
    int partOfHeading(String line);

    /** “一、总体情况”: the template's heading of a part, for messages. */
    String example(int part);
}
