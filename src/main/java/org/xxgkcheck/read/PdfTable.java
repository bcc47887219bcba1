package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgkcheck.template.Labels;

/**
 * Rebuilds a table from word positions. Numbers sharing a baseline band make a value row; label text left of
 * the numbers is joined across wrapped lines (a fragment continues the one above it in the same column unless
 * it starts a new item number such as "（二）" or "3.") and goes to the row it stands beside; text above the
 * first numbers, or reaching over the value columns, is a header row. Value columns are found per block of
 * rows between header rows (PdfColumns).
 */
final class PdfTable {
    private PdfTable() {}

    private static final Pattern ITEM_NUMBER = Pattern.compile(
        "^(?:[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[)）]|[一二三四五六七八九十]{1,3}\\s*[、.．]|\\d{1,2}\\s*[.、．)）])");
    /** The block titles of table 二 ("第二十条第（五）项") stand on rows of their own. */
    private static final Pattern BLOCK_TITLE = Pattern.compile("^第[一二三四五六七八九十]+条");

    static boolean startsItem(String text) {
        String t = Labels.trim(text);
        return ITEM_NUMBER.matcher(t).find() || BLOCK_TITLE.matcher(t).find();
    }

    /** A piece with its place in the continuous vertical flow and the line it came from. */
    record Placed(PdfText.Piece piece, float gy, int line) {
        float center() { return gy - 0.35f * piece.fs(); }
        float top() { return gy - 0.85f * piece.fs(); }
        float bottom() { return gy + 0.15f * piece.fs(); }
    }

    /** Label fragments joined into one cell, and the value row they belong to (-1: none yet). */
    static final class Group {
        final List<Placed> parts = new ArrayList<>();
        int row = -1;
        Placed last() { return parts.get(parts.size() - 1); }
        float top() { return parts.get(0).top(); }
        float bottom() { return last().bottom(); }
        String text() { return TextJoin.lines(parts.stream().map(p -> p.piece().text()).toList()); }
    }

    /** One output row before columns are assigned. */
    record Item(float y, List<String> labels, int row, int line, boolean breaksRun) {}

    static Document.Grid grid(List<PdfText.Line> lines) {
        PdfRows rows = new PdfRows(lines);
        List<Placed> side = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<PdfText.Line> top = new ArrayList<>();
        for (PdfText.Line l : lines) {
            List<Placed> labels = new ArrayList<>();
            for (PdfText.Piece p : l.pieces()) {
                if (!p.value()) labels.add(new Placed(p, l.gy() + p.y() - l.y(), code(l)));
            }
            if (labels.isEmpty()) continue;
            if (l.values() > 0) {
                side.addAll(labels);
            } else if (l.gy() < rows.firstTop()) {
                top.add(l);
            } else if (labels.stream().anyMatch(p -> p.piece().x1() > rows.valueLeft() + 0.5f * p.piece().fs())) {
                items.add(new Item(labels.get(0).center(), labels.stream().map(p -> p.piece().text()).toList(), -1,
                    code(l), true));
            } else {
                side.addAll(labels);
            }
        }
        items.addAll(PdfHeader.items(top));
        for (Group g : groups(side, rows)) {
            if (g.row >= 0) rows.attach(g.row, g);
            else items.add(new Item(g.parts.get(0).center(), List.of(g.text()), -1, g.parts.get(0).line(), false));
        }
        for (int r = 0; r < rows.size(); r++) items.add(new Item(rows.center(r), List.of(), r, rows.line(r), false));
        items.sort(Comparator.comparingDouble(Item::y));
        return rows.assemble(items, code(lines.get(0)));
    }

    /** Joins wrapped label fragments column by column and decides the row of each group. */
    static List<Group> groups(List<Placed> side, PdfRows rows) {
        List<Placed> sorted = new ArrayList<>(side);
        sorted.sort(Comparator.comparingDouble(Placed::gy).thenComparingDouble(p -> p.piece().x0()));
        List<Group> groups = new ArrayList<>();
        for (Placed p : sorted) {
            int band = rows.band(p);
            Group best = null;
            for (Group g : groups) {
                Placed last = g.last();
                float fs = Math.max(p.piece().fs(), last.piece().fs());
                boolean below = p.gy() - last.gy() > 0.3f * fs && p.gy() - last.gy() <= 2.5f * fs;
                boolean column = p.piece().x0() < last.piece().x1() && last.piece().x0() < p.piece().x1()
                    || Math.abs(p.piece().x0() - last.piece().x0()) <= fs;
                boolean conflict = band >= 0 && g.row >= 0 && band != g.row;
                if (below && column && !conflict && (best == null || last.gy() > best.last().gy())) best = g;
            }
            if (best == null || startsItem(p.piece().text())) {
                best = new Group();
                groups.add(best);
            }
            best.parts.add(p);
            if (band >= 0) best.row = band;
        }
        for (Group g : groups) {
            if (BLOCK_TITLE.matcher(Labels.trim(g.text())).find()) g.row = -1;
            else if (g.row < 0) g.row = rows.nearest(g);
        }
        return groups;
    }

    static int code(PdfText.Line l) { return l.page() * 1000 + l.number(); }
}
