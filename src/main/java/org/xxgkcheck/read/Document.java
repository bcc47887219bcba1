package org.xxgkcheck.read;

import java.util.List;
import java.util.Map;

/**
 * A report as read from any format, before it is understood: text blocks and table blocks in reading order,
 * each with its line (or, for formats without lines, its position), plus export debris that was removed.
 *
 * @param sourceLines for formats whose positions count paragraphs but whose files also have lines (HTML): the
 *                    source line where the block or row at each position starts; empty otherwise
 */
public record Document(List<Block> blocks, List<Artifact> artifacts, Map<Integer, Integer> sourceLines, List<String> notes) {

    public Document(List<Block> blocks, List<Artifact> artifacts) { this(blocks, artifacts, Map.of(), List.of()); }

    public Document(List<Block> blocks, List<Artifact> artifacts, Map<Integer, Integer> sourceLines) {
        this(blocks, artifacts, sourceLines, List.of());
    }

    /**
     * What the reader noticed about the file as a whole, in Chinese (bytes that were not valid text, an end that
     * comes too early): each becomes a problem of the report.
     */
    public Document withNote(String note) {
        if (note == null) return this;
        List<String> all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new Document(blocks, artifacts, sourceLines, List.copyOf(all));
    }

    /** A paragraph, heading or other text line. */
    public sealed interface Block permits Text, Grid {
        int line();
    }

    public record Text(String text, int line) implements Block {}

    /** A table as rows of cell texts; merged cells appear once (txt) or as empty cells (markdown, grids). */
    public record Grid(List<Row> rows, int line) implements Block {}

    public record Row(List<String> cells, int line) {}

    /** Export debris such as "[bookmark: _GoBack]", kept to report it, removed from the text. */
    public record Artifact(String text, int line) {}
}
