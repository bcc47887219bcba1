package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.xxgkcheck.read.Document;
import org.xxgkcheck.read.Numbers;
import org.xxgkcheck.template.Labels;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * Recognises which statistical table a grid is by the template's wordings (not by where it stands), joins a
 * table that an export cut into several grids, and picks for each table the grid that stands in its own part.
 */
final class Tables {
    private Tables() {}

    /** A table's rows gathered from consecutive grids of the same kind, with the part it stands in. */
    record Found(String table, List<Document.Row> rows, int part, int line) {}

    /** A grid needs this many of a table's wordings to start that table; a continuation needs one, or none. */
    private static final int MIN_SCORE = 2;

    static Map<String, Found> find(Document doc, int[] partOfBlock, TemplateBook book) {
        Map<String, List<Found>> runs = new LinkedHashMap<>();
        Found current = null;
        List<Document.Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            org.xxgkcheck.read.Stop.check();
            if (!(blocks.get(i) instanceof Document.Grid g)) {
                if (blocks.get(i) instanceof Document.Text) current = null;
                continue;
            }
            String previous = current == null ? null : current.table();
            String kind = kindOf(g, book, previous);
            if (kind == null) {
                current = null;
                continue;
            }
            if (kind.equals(previous)) {
                current.rows().addAll(g.rows());
            } else {
                current = new Found(kind, new ArrayList<>(g.rows()), partOfBlock[i], g.line());
                runs.computeIfAbsent(kind, k -> new ArrayList<>()).add(current);
            }
        }
        Map<String, Found> found = new LinkedHashMap<>();
        for (Map.Entry<String, List<Found>> e : runs.entrySet()) {
            int part = book.table(e.getKey()).part();
            Found chosen = e.getValue().stream().filter(f -> f.part() == part).findFirst().orElse(e.getValue().get(0));
            found.put(e.getKey(), chosen);
        }
        return found;
    }

    /**
     * The table whose wordings the grid uses most; a grid without wordings of its own (numbers only, or a tie that
     * includes the table before it) continues the table before it.
     */
    static String kindOf(Document.Grid g, TemplateBook book, String previous) {
        StringBuilder all = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (Document.Row r : g.rows()) {
            for (String c : r.cells()) {
                all.append(c);
                if (!Labels.trim(c).isEmpty() && !Numbers.valueLike(c)) labels.add(c);
            }
        }
        String text = Labels.normalize(all.toString());
        String best = null;
        int bestScore = 0;
        boolean previousTies = false;
        for (TableSpec t : book.tables().values()) {
            int score = score(t, text, labels);
            if (score > bestScore) {
                best = t.table();
                bestScore = score;
                previousTies = t.table().equals(previous);
            } else if (score == bestScore && score > 0 && t.table().equals(previous)) {
                previousTies = true;
            }
        }
        if (previous != null && (bestScore == 0 || previousTies)) return previous;
        return bestScore >= MIN_SCORE ? best : null;
    }

    private static int score(TableSpec t, String text, List<String> labels) {
        int score = 0;
        if (t.recognise() != null) {
            java.util.Set<String> words = new java.util.HashSet<>();
            org.xxgkcheck.template.PlainWords plain = t.recognisePlainly();
            if (plain != null) {
                org.xxgkcheck.template.PlainWords.Finder f = plain.finder(text);
                while (f.find()) words.add(f.group());
            } else {
                Matcher m = t.recognise().matcher(text);
                while (m.find()) words.add(m.group());
            }
            score += words.size();
        }
        for (String l : labels) {
            if (t.row(l) != null || t.column(l) != null) score++;
        }
        return score;
    }
}
