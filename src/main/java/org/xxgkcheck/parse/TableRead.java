package org.xxgkcheck.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.findings.Location;
import org.xxgkcheck.findings.Problem;

/** What one table reader made of its rows: cells by key, the template variant seen, and what went wrong. */
final class TableRead {
    final String table;
    final int part;
    final int line;
    final Map<String, Cell> cells = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    String template = "unknown";
    /** Labels as printed, for the label rules. */
    final List<org.xxgkcheck.facts.Label> labels = new ArrayList<>();
    /** Rows with numbers that are not in the template. */
    final List<org.xxgkcheck.facts.ExtraRow> extras = new ArrayList<>();
    /** Table 三's header carries the printed 勾稽关系 note. */
    boolean note;

    TableRead(String table, int part, int line) {
        this.table = table;
        this.part = part;
        this.line = line;
    }

    void cell(String row, String column, String raw, int lineNo) {
        Numbers.Value v = Numbers.parse(raw);
        BigDecimal n = v.number();
        cells.putIfAbsent(row + "." + column,
            new Cell(table, row, column, Labels.trim(raw), n, v.blank(), part, lineNo));
    }

    /** A defect that keeps the table from being read into its template cells. */
    void unreadable(String reason, String row, int lineNo) {
        reasons.add(reason);
        problems.add(Problem.parse(reason, new Location(part, table, row, null, lineNo > 0 ? lineNo : null)));
    }

    boolean readable() { return reasons.isEmpty(); }

    void label(String key, String printed, String canonicalCore, java.util.Set<String> aliases, int lineNo) {
        String core = Labels.core(printed);
        String status = core.equals(canonicalCore) ? "canonical" : aliases.contains(core) ? "alias" : "loose";
        labels.add(new org.xxgkcheck.facts.Label(table, key, Labels.trim(printed), status, part, lineNo));
    }

    void extra(String label, int lineNo) {
        extras.add(new org.xxgkcheck.facts.ExtraRow(table, Labels.trim(label), part, lineNo));
    }

    /** The reasons in one sentence: the first two, and how many more (the problems list has them all). */
    String summary() {
        if (reasons.size() <= 2) return String.join("；", reasons);
        return reasons.get(0) + "；" + reasons.get(1) + "；另有 " + (reasons.size() - 2) + " 处同类问题";
    }

    /** Splits a row into its label cells and the run of value-like cells (numbers or blanks) that ends it. */
    record Split(List<String> labels, List<String> values) {
        static Split of(List<String> cells) {
            int k = cells.size();
            while (k > 0 && Numbers.valueLike(cells.get(k - 1))) k--;
            return new Split(cells.subList(0, k), new ArrayList<>(cells.subList(k, cells.size())));
        }

        /** The last non-empty label cell, or "". */
        String lastLabel() {
            for (int i = labels.size() - 1; i >= 0; i--) if (!Labels.trim(labels.get(i)).isEmpty()) return labels.get(i);
            return "";
        }

        boolean hasNumber() { return values.stream().anyMatch(v -> Numbers.parse(v).number() != null); }
    }

    /**
     * Merged cells leave empty cells beside the values (markdown and grids): drop empty cells from the side
     * the table's merges are on until the expected count is reached.
     */
    static List<String> trimBlanks(List<String> values, int expected, boolean leadingFirst) {
        List<String> v = new ArrayList<>(values);
        for (int pass = 0; pass < 2 && v.size() > expected; pass++) {
            boolean leading = leadingFirst == (pass == 0);
            while (v.size() > expected && !v.isEmpty()
                    && Labels.trim(v.get(leading ? 0 : v.size() - 1)).isEmpty()) {
                v.remove(leading ? 0 : v.size() - 1);
            }
        }
        return v;
    }
}
