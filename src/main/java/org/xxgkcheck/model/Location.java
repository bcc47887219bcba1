package org.xxgkcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where in the report a finding or problem sits; null fields are unknown and left out of the JSON.
 *
 * <p>The place is said the way a person finds it in the file: {@code line} is a line of the file (txt, md, the
 * HTML source) or, with {@code page}, a line of that PDF page; {@code paragraph} counts the body's paragraphs (DOCX)
 * or text blocks (HTML), a table row counting as one; {@code path} names the section in the template's words
 * (第三部分·表三·（七）总计·自然人) and {@code quote} is a short piece of the text there. {@code position} is the
 * reader's own ordinal of the block (page × 1000 + line for PDF): it orders findings and is never printed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"part", "table", "row", "column", "line", "page", "paragraph", "path", "quote"})
public record Location(Integer part, String table, String row, String column, Integer line, Integer page,
                       Integer paragraph, String path, String quote, @JsonIgnore Integer position) {

    public static final Location NONE = new Location(null, null, null, null, null);

    /** A place in a text file: its line is also its position. */
    public Location(Integer part, String table, String row, String column, Integer line) {
        this(part, table, row, column, line, null, null, null, null, line);
    }

    /** A place as the facts know it: a reader's position, not yet said in pages, lines or paragraphs. */
    public static Location at(Integer part, String table, String row, String column, Integer position) {
        return new Location(part, table, row, column, null, null, null, null, null, position);
    }

    /** The same place named in the template's words (第三部分·表三·（七）总计·自然人). */
    public Location withPath(String path) {
        return new Location(part, table, row, column, line, page, paragraph, path, quote, position);
    }

    /** The same place with a piece of the text there. */
    public Location withQuote(String quote) {
        return new Location(part, table, row, column, line, page, paragraph, path, quote, position);
    }

    /** The same place said as a person finds it: line, page and line, or paragraph. */
    public Location placed(Integer line, Integer page, Integer paragraph) {
        return new Location(part, table, row, column, line, page, paragraph, path, quote, position);
    }
}
