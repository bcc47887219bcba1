package org.xxgkcheck.read;

import java.util.List;
import org.xxgkcheck.template.Labels;

/** Splits a markdown table row into its cells the way the markdown reader does; for rule test cases. */
public final class MarkdownCells {
    private MarkdownCells() {}

    public static List<String> cells(String markdownRow) {
        return MarkdownReader.splitRow(Labels.trim(markdownRow));
    }
}
