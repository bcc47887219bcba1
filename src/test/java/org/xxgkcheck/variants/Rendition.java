package org.xxgkcheck.variants;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.xxgkcheck.facts.Artifact;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.Label;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Table;

/**
 * A report rebuilt from the facts the tool read from a real fixture: the front matter, then each part's heading as
 * written with its paragraphs and, in parts 二/三/四, the table rebuilt from its cells under the printed template labels
 * ({@link PrintedTemplate}). The rendition is the canonical layout every variant starts from; variants change the
 * layout of this model, never the numbers or the words.
 */
final class Rendition {

    sealed interface Block permits Heading, Text, Grid {}

    /**
     * A part heading as written; numbering is the numbering as written ("一、", "1、" or ""); debris is export debris
     * ("[bookmark: _GoBack]") the original printed in the heading, put back after the numbering when printed.
     */
    record Heading(int part, String numbering, String text, String debris) implements Block {
        String withoutNumbering() {
            return text.startsWith(numbering) ? text.substring(numbering.length()).strip() : text;
        }

        /** The same heading worded differently, keeping its debris. */
        Heading reworded(String newText) { return new Heading(part, numbering, newText, debris); }

        String printed() {
            if (debris.isEmpty()) return text;
            if (!numbering.isEmpty() && text.startsWith(numbering)) {
                String rest = text.substring(numbering.length());
                String space = rest.substring(0, rest.length() - rest.stripLeading().length());
                return numbering + space + debris + rest.stripLeading();
            }
            return debris + text;
        }
    }

    /** One paragraph of narrative (part 0 = front matter). */
    record Text(int part, String text) implements Block {}

    /**
     * A table: rows of label cells followed by value cells, padded to width when printed as markdown. A table the
     * tool could not read is kept as the original source lines (rawLines), so its broken state is carried along.
     */
    record Grid(String table, int width, List<Row> rows, List<String> rawLines) implements Block {
        boolean raw() { return rawLines != null; }

        Grid withRows(List<Row> newRows) { return new Grid(table, width, newRows, rawLines); }
    }

    /**
     * One printed row. key is the template row key (REG, NEW, DATA for 表四's numbers) or a header id starting with
     * "H"/"B" (header rows and block titles). exact: printed without padding to the table width.
     */
    record Row(String key, List<String> labels, List<String> values, boolean exact) {
        Row(String key, List<String> labels, List<String> values) { this(key, labels, values, false); }

        boolean header() { return values.isEmpty(); }
    }

    final String fixture;
    final String organ;
    final int year;
    final List<Block> blocks;
    /** Tables that the tool could not read in the original (kept as raw lines, or left out when not text). */
    final Set<String> unreadable;
    /** Tables left out of the rendition altogether (unreadable and not available as text lines). */
    final Set<String> omitted;

    Rendition(String fixture, String organ, int year, List<Block> blocks, Set<String> unreadable, Set<String> omitted) {
        this.fixture = fixture;
        this.organ = organ;
        this.year = year;
        this.blocks = List.copyOf(blocks);
        this.unreadable = Set.copyOf(unreadable);
        this.omitted = Set.copyOf(omitted);
    }

    Rendition withBlocks(List<Block> newBlocks) {
        return new Rendition(fixture, organ, year, newBlocks, unreadable, omitted);
    }

    Grid grid(String table) {
        return blocks.stream().filter(b -> b instanceof Grid g && g.table().equals(table)).map(b -> (Grid) b)
            .findFirst().orElse(null);
    }

    /** Whether the table was read from its cells and can be varied. */
    boolean readable(String table) {
        Grid g = grid(table);
        return g != null && !g.raw();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Building from facts

    static Rendition of(String fixture, String fileName, byte[] original, List<Object> facts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        Map<String, Cell> cells = new HashMap<>();
        Map<String, String> printed = new HashMap<>();
        Map<Integer, List<String>> artifacts = new HashMap<>();
        Report report = null;
        for (Object f : facts) {
            if (f instanceof Paragraph p) paragraphs.add(p);
            else if (f instanceof Part p) parts.add(p);
            else if (f instanceof Table t) tables.add(t);
            else if (f instanceof Cell c) cells.put(c.getTable() + ":" + c.getRow() + "_" + c.getColumn(), c);
            else if (f instanceof Label l && !l.getStatus().equals("canonical")) printed.put(l.getTable() + ":" + l.getKey(), l.getPrinted());
            else if (f instanceof Artifact a) artifacts.computeIfAbsent(a.getLine(), k -> new ArrayList<>()).add(a.getText());
            else if (f instanceof Report r) report = r;
        }
        String[] sourceLines = isText(fileName) ? new String(original, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1) : null;

        // Artifacts go back where they were: in front of the paragraph or heading of their line.
        Map<Integer, String> artifactAt = new HashMap<>();
        artifacts.forEach((line, list) -> artifactAt.put(line, String.join("", list)));
        Set<Integer> placed = new TreeSet<>();

        List<Block> blocks = new ArrayList<>();
        Set<String> unreadable = new TreeSet<>();
        Set<String> omitted = new TreeSet<>();
        paragraphs.stream().filter(p -> p.getPart() == 0).sorted(Comparator.comparingInt(Paragraph::getIndex))
            .forEach(p -> blocks.add(new Text(0, restore(p.getText(), p.getLine(), artifactAt, placed))));

        List<Integer> contentLines = new ArrayList<>();
        paragraphs.forEach(p -> contentLines.add(p.getLine()));
        parts.forEach(p -> contentLines.add(p.getLine()));

        parts.sort(Comparator.comparingInt(Part::getPosition));
        for (Part part : parts) {
            String debris = artifactAt.containsKey(part.getLine()) && placed.add(part.getLine()) ? artifactAt.get(part.getLine()) : "";
            blocks.add(new Heading(part.getNumber(), part.getNumbering(), oneLine(part.getHeading()), debris));
            List<Paragraph> own = paragraphs.stream().filter(p -> p.getPart() == part.getNumber())
                .sorted(Comparator.comparingInt(Paragraph::getIndex)).toList();
            List<Table> ownTables = tables.stream().filter(t -> t.isFound() && t.getPart() == part.getNumber())
                .sorted(Comparator.comparingInt(Table::getLine)).toList();
            // A table stands before the first paragraph printed below it; on equal lines (HTML) after the paragraphs.
            int ti = 0;
            for (Paragraph p : own) {
                while (ti < ownTables.size() && ownTables.get(ti).getLine() < p.getLine()) {
                    addTable(blocks, ownTables.get(ti++), cells, printed, sourceLines, contentLines, unreadable, omitted);
                }
                blocks.add(new Text(part.getNumber(), restore(p.getText(), p.getLine(), artifactAt, placed)));
            }
            while (ti < ownTables.size()) {
                addTable(blocks, ownTables.get(ti++), cells, printed, sourceLines, contentLines, unreadable, omitted);
            }
        }
        if (placed.size() < artifactAt.size()) {
            // Debris on a line the facts do not hold (a table row, a blank line): keep it as a line of its own.
            artifactAt.keySet().stream().filter(l -> !placed.contains(l)).sorted()
                .forEach(l -> blocks.add(0, new Text(0, artifactAt.get(l))));
        }
        return new Rendition(fixture, report == null ? "" : report.getOrgan(), report == null ? 0 : report.getYear(),
            blocks, unreadable, omitted);
    }

    private static boolean isText(String fileName) {
        String f = fileName.toLowerCase();
        return f.endsWith(".txt") || f.endsWith(".md") || f.endsWith(".markdown");
    }

    private static String restore(String text, int line, Map<Integer, String> artifactAt, Set<Integer> placed) {
        String clean = oneLine(text);
        if (artifactAt.containsKey(line) && placed.add(line)) return artifactAt.get(line) + clean;
        return clean;
    }

    /** A paragraph is printed on one line; line breaks inside it (joined wrapped lines) are dropped. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*[\r\n]+\\s*", "");
    }

    private static void addTable(List<Block> blocks, Table t, Map<String, Cell> cells, Map<String, String> printed,
                                 String[] sourceLines, List<Integer> contentLines, Set<String> unreadable, Set<String> omitted) {
        if (t.isReadable()) {
            blocks.add(PrintedTemplate.grid(t.getTable(), t.getTemplate(), t.isNote(), cells, printed));
            return;
        }
        unreadable.add(t.getTable());
        if (sourceLines == null) {
            omitted.add(t.getTable());
            return;
        }
        // The original lines of the table: from its first line to the last line before the next paragraph or heading.
        int from = t.getLine();
        int to = contentLines.stream().filter(l -> l > from).min(Integer::compare).orElse(sourceLines.length + 1) - 1;
        List<String> raw = new ArrayList<>();
        for (int l = from; l <= to && l <= sourceLines.length; l++) raw.add(sourceLines[l - 1]);
        while (!raw.isEmpty() && raw.get(raw.size() - 1).isBlank()) raw.remove(raw.size() - 1);
        blocks.add(new Grid(t.getTable(), 0, parseRaw(raw), raw));
    }

    /** Rows of a raw table for the line-oriented renditions: numbers are values, everything else labels. */
    private static List<Row> parseRaw(List<String> raw) {
        List<Row> rows = new ArrayList<>();
        for (String line : raw) {
            String s = line.strip();
            if (s.isEmpty() || s.matches("^\\|?\\s*:?-{2,}.*")) continue;
            List<String> cells = new ArrayList<>();
            if (s.startsWith("|")) {
                String body = s.substring(1, s.endsWith("|") ? s.length() - 1 : s.length());
                for (String c : body.split("\\|", -1)) cells.add(c.strip());
            } else {
                for (String c : s.split("\t")) cells.add(c.strip());
            }
            List<String> labels = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (String c : cells) {
                if (c.isEmpty()) continue;
                if (PrintedTemplate.looksNumeric(c)) values.add(c);
                else if (values.isEmpty()) labels.add(c);
                else values.add(c);
            }
            rows.add(new Row("RAW", labels, values, true));
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Printing

    /** The rendition as markdown: one block per paragraph, pipe tables, a blank line between blocks. */
    static String markdown(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Heading h) out.append(h.printed()).append("\n\n");
            else if (b instanceof Text t) out.append(t.text()).append("\n\n");
            else if (b instanceof Grid g) {
                if (g.raw()) {
                    g.rawLines().forEach(l -> out.append(l).append('\n'));
                } else {
                    boolean first = true;
                    for (Row r : g.rows()) {
                        out.append(pipeRow(r, g.width())).append('\n');
                        if (first) {
                            out.append("|").append("---|".repeat(Math.max(g.width(), r.labels().size() + r.values().size()))).append('\n');
                            first = false;
                        }
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String pipeRow(Row r, int width) {
        List<String> cells = new ArrayList<>();
        r.labels().forEach(c -> cells.add(escape(c)));
        r.values().forEach(c -> cells.add(escape(c)));
        if (!r.exact()) while (cells.size() < width) cells.add("");
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String escape(String cell) {
        return oneLine(cell).replace("|", "\\|");
    }

    /**
     * The rendition as PDF-to-text converters print it: paragraphs on their own lines, each table row's labels on one
     * line and its numbers on the next, separated by spaces, without pipes. A blank cell is printed "—" (the usual
     * placeholder for an empty cell), since an empty string between spaces would shift the columns.
     */
    static String lines(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Heading h) out.append(h.printed()).append("\n\n");
            else if (b instanceof Text t) out.append(t.text()).append("\n\n");
            else if (b instanceof Grid g) {
                for (Row r : g.rows()) {
                    String labels = labelsOf(r);
                    if (!labels.isEmpty()) out.append(labels).append('\n');
                    if (!r.values().isEmpty()) out.append(valuesOf(r)).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Everything on one line: blocks and table rows separated by single spaces. */
    static String oneLineText(List<Block> blocks) {
        List<String> pieces = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Heading h) pieces.add(h.printed());
            else if (b instanceof Text t) pieces.add(t.text());
            else if (b instanceof Grid g) {
                for (Row r : g.rows()) {
                    String labels = labelsOf(r);
                    if (!labels.isEmpty()) pieces.add(labels);
                    if (!r.values().isEmpty()) pieces.add(valuesOf(r));
                }
            }
        }
        return pieces.stream().map(p -> p.replaceAll("[\r\n]+", " ").strip()).filter(p -> !p.isEmpty())
            .collect(Collectors.joining(" "));
    }

    static String labelsOf(Row r) {
        return r.labels().stream().map(Rendition::oneLine).map(String::strip).filter(s -> !s.isEmpty())
            .collect(Collectors.joining(" "));
    }

    static String valuesOf(Row r) {
        return r.values().stream().map(v -> oneLine(v).strip()).map(v -> v.isEmpty() ? "—" : v)
            .collect(Collectors.joining(" "));
    }
}
