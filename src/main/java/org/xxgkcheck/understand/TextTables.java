package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgkcheck.read.Document;
import org.xxgkcheck.read.Numbers;
import org.xxgkcheck.template.Labels;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * Gives back their rows to tables that lost their grid on the way: converters of PDF print a row's label on one line
 * and its numbers on the next (“一、本年新收政府信息公开申请数量” / “5 0 0 0 0 0 5”), or label and numbers on one line
 * separated by spaces. A run of such lines whose labels the template knows becomes a grid again, so the table
 * reader sees what it would have seen in the original.
 */
final class TextTables {
    private TextTables() {}

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    /** A printed label is short; a sentence of the narrative is not a row label. */
    private static final int MAX_LABEL = 60;
    /** Labels of the template a run needs before it is taken for a table. */
    private static final int MIN_LABELS = 3;

    static Document recover(Document doc, TemplateBook templates, Outline outline) {
        List<Document.Block> out = new ArrayList<>();
        List<Document.Block> blocks = doc.blocks();
        int i = 0;
        boolean changed = false;
        while (i < blocks.size()) {
            List<Line> run = new ArrayList<>();
            int labels = 0;
            boolean numbers = false;
            while (i + run.size() < blocks.size() && blocks.get(i + run.size()) instanceof Document.Text t
                    && (!outline.looksLikePartHeading(t.text()) || header(templates, t.text()))) {
                Line l = line(t.text(), t.line(), templates);
                if (l == null) break;
                if (l.label() != null && l.known()) labels++;
                numbers |= !l.values().isEmpty();
                run.add(l);
            }
            if (labels >= MIN_LABELS && numbers) {
                out.add(grid(run, templates));
                changed = true;
            } else {
                // A part of a run that is no table has fewer labels still: none of it starts a table either.
                out.addAll(blocks.subList(i, i + Math.max(1, run.size())));
            }
            i += Math.max(1, run.size());
        }
        return changed ? new Document(List.copyOf(out), doc.artifacts(), doc.sourceLines(), doc.notes()) : doc;
    }

    /** A line of a flattened table: a label the template may know, then the numbers printed after it. */
    private record Line(String label, boolean known, List<String> values, int line) {}

    /** The line as label and numbers; null when it is not a table line (a sentence, or words not of the template). */
    private static Line line(String text, int lineNo, TemplateBook templates) {
        String t = Labels.trim(text);
        if (t.isEmpty()) return null;
        String[] tokens = SPACES.split(t);
        int k = tokens.length;
        while (k > 0 && Numbers.valueLike(tokens[k - 1]) && !tokens[k - 1].isEmpty()) k--;
        List<String> values = List.of(tokens).subList(k, tokens.length);
        if (k == 0) return new Line(null, false, values, lineNo);
        String label = String.join(" ", List.of(tokens).subList(0, k));
        if (label.length() > MAX_LABEL || label.contains("。")) return null;
        boolean known = knows(templates, label) || knows(templates, tokens[0]);
        if (!known && values.isEmpty() && !header(templates, label)) return null;
        return new Line(label, known, values, lineNo);
    }

    private static boolean knows(TemplateBook templates, String label) {
        for (TableSpec s : templates.tables().values()) {
            if (s.row(label) != null || s.column(label) != null) return true;
        }
        return false;
    }

    private static boolean recognised(TemplateBook templates, String token) {
        String n = Labels.normalize(token);
        for (TableSpec s : templates.tables().values()) {
            if (s.recognise() != null && !n.isEmpty() && s.recognise().matcher(n).matches()) return true;
        }
        return false;
    }

    /** A header line made of several column names (“自然人 商业企业 …”) or a block title or header word. */
    private static boolean header(TemplateBook templates, String label) {
        String n = Labels.normalize(label);
        for (TableSpec s : templates.tables().values()) {
            if (s.blockTitle() != null && n.contains(Labels.normalize(s.blockTitle()))) return true;
            if (s.header() != null && n.startsWith(Labels.normalize(s.header()))) return true;
            if (s.noteWord() != null && n.contains(Labels.normalize(s.noteWord()))) return true;
        }
        int names = 0;
        for (String token : SPACES.split(Labels.trim(label))) if (knows(templates, token) || recognised(templates, token)) names++;
        return names >= 2;
    }

    /** Label lines open rows; lines of numbers only continue the row above; a header line becomes a row of its words. */
    private static Document.Grid grid(List<Line> lines, TemplateBook templates) {
        List<Document.Row> rows = new ArrayList<>();
        List<String> cells = null;
        int rowLine = 0;
        for (Line l : lines) {
            org.xxgkcheck.read.Stop.check();
            if (l.label() != null) {
                if (cells != null) rows.add(new Document.Row(List.copyOf(cells), rowLine));
                cells = new ArrayList<>();
                rowLine = l.line();
                // A header line's words are cells of their own; a row label keeps its spaces (“三、本年度办理结果 （一）予以公开”).
                if (header(templates, l.label())) cells.addAll(List.of(SPACES.split(l.label())));
                else cells.add(l.label());
            } else if (cells == null) {
                cells = new ArrayList<>();
                rowLine = l.line();
            }
            cells.addAll(l.values());
        }
        if (cells != null) rows.add(new Document.Row(List.copyOf(cells), rowLine));
        return new Document.Grid(List.copyOf(rows), lines.get(0).line());
    }
}
