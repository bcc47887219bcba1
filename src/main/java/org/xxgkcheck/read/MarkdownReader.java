package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/** Reads markdown: pipe tables become grids (a table split by the exporter stays two grids), other lines text. */
public final class MarkdownReader {
    private MarkdownReader() {}

    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+]\\s+|>\\s*)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    public static Document read(String text) {
        String[] lines = Lines.split(text);
        List<Document.Artifact> artifacts = new ArrayList<>();
        List<Document.Block> blocks = new ArrayList<>();
        List<Document.Row> rows = null;
        int tableLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Stop.check();
            String line = Labels.trim(Artifacts.strip(lines[i], i + 1, artifacts));
            if (line.startsWith("|")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    tableLine = i + 1;
                }
                if (!SEPARATOR.matcher(line).matches()) rows.add(new Document.Row(splitRow(line), i + 1));
                continue;
            }
            if (rows != null) {
                blocks.add(new Document.Grid(List.copyOf(rows), tableLine));
                rows = null;
            }
            if (line.isEmpty()) continue;
            line = HEADING_MARK.matcher(line).replaceFirst("");
            line = BULLET.matcher(line).replaceFirst("");
            line = EMPHASIS.matcher(line).replaceAll("");
            if (!line.isEmpty()) blocks.add(new Document.Text(line, i + 1));
        }
        if (rows != null) blocks.add(new Document.Grid(List.copyOf(rows), tableLine));
        return new Document(blocks, artifacts);
    }

    static List<String> splitRow(String line) {
        String body = line.substring(1);
        if (body.endsWith("|") && !body.endsWith("\\|")) body = body.substring(0, body.length() - 1);
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                cells.add(Labels.trim(cur.toString()));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(Labels.trim(cur.toString()));
        return cells;
    }

    /** Content sniffing: a file whose tables are pipe tables is markdown whatever its extension. */
    public static boolean looksLikeMarkdown(String text) {
        int pipes = 0;
        for (String l : text.split("\n", 400)) {
            String t = l.strip();
            if (t.startsWith("|") && t.endsWith("|")) pipes++;
            if (t.indexOf('|') >= 0 && SEPARATOR.matcher(t).matches()) return true;
        }
        return pipes >= 3;
    }
}
