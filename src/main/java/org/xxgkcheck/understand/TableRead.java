package org.xxgkcheck.understand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.ExtraRow;
import org.xxgkcheck.facts.Label;
import org.xxgkcheck.facts.OmittedRow;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.read.Numbers;
import org.xxgkcheck.template.Labels;
import org.xxgkcheck.template.TableSpec;

/** What the table reader made of one table's rows: cells by key, the template variant seen, and what went wrong. */
final class TableRead {
    final TableSpec spec;
    final int part;
    final int line;
    final Map<String, Cell> cells = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    String template = "unknown";
    /** Labels as printed, for the label rules. */
    final List<Label> labels = new ArrayList<>();
    /** Rows with numbers that are not in the template. */
    final List<ExtraRow> extras = new ArrayList<>();
    /** Rows the template lets a body leave out, and that were left out. */
    final List<OmittedRow> omitted = new ArrayList<>();
    /** The header carries the template's printed filling note (表三's 勾稽关系). */
    boolean note;
    private final Set<String> labelled = new HashSet<>();

    TableRead(TableSpec spec, int part, int line) {
        this.spec = spec;
        this.part = part;
        this.line = line;
    }

    String table() { return spec.table(); }

    void cell(String row, String column, String raw, int lineNo) {
        Numbers.Value v = Numbers.parse(raw);
        BigDecimal n = v.number();
        cells.putIfAbsent(row + "." + column, new Cell(spec.table(), row, column, Labels.trim(raw), n, v.blank(), part, lineNo,
            spec.name(), spec.rowName(row), spec.columnName(row, column)));
    }

    /** A defect that keeps the table from being read into its template cells. */
    void unreadable(String reason, String row, int lineNo) {
        reasons.add(reason);
        String path = "第" + org.xxgkcheck.template.TemplateBook.numeral(part) + "部分·" + spec.name() + (row == null ? "" : "·" + spec.rowName(row));
        problems.add(Problem.parse(reason, Location.at(part, spec.table(), row, null, lineNo > 0 ? lineNo : null).withPath(path)));
    }

    boolean readable() { return reasons.isEmpty(); }

    /** Records how a printed label follows the template, once per row or column. */
    void label(TableSpec.Hit hit, boolean column, String printed, int lineNo) {
        if (!labelled.add((column ? "C." : "R.") + hit.key())) return;
        String status = switch (hit.match()) {
            case CANONICAL -> "canonical";
            case ALIAS -> "alias";
            case LOOSE -> "loose";
        };
        labels.add(new Label(spec.table(), spec.name(), hit.key(), column, Labels.trim(printed), status, hit.canonical(), part, lineNo));
    }

    void extra(String label, int lineNo) {
        extras.add(new ExtraRow(spec.table(), spec.name(), Labels.trim(label), part, lineNo));
    }

    /** “表三“（七）总计”行”: a row as a reader names it in a message. */
    String rowName(String row) {
        return spec.name() + "“" + spec.rowName(row) + "”行";
    }

    /**
     * After the rows are read: which format the cells fit, and whether every cell of that format is there. Rows the
     * template lets a body leave out are reported as omitted rather than making the table unreadable.
     */
    void finish() {
        decideFormat();
        if (!reasons.isEmpty()) return;
        if (template.equals("hybrid")) {
            unreadable(spec.name() + "混用了两种格式（" + String.join("、", spec.formats()) + "）的行或栏目，无法按任一格式读取", null, line);
            return;
        }
        String format = template.equals("unknown") ? spec.formats().get(0) : template;
        List<String> missing = spec.cells(format).stream().filter(k -> !cells.containsKey(k)).toList();
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        for (String k : missing) byRow.computeIfAbsent(k.substring(0, k.indexOf('.')), r -> new ArrayList<>()).add(k);
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byRow.entrySet()) {
            String row = e.getKey();
            boolean wholeRow = e.getValue().size() == spec.columnsOf(row, format).size()
                && cells.keySet().stream().noneMatch(k -> k.startsWith(row + "."));
            if (wholeRow && spec.rows().get(row).optional()) {
                omitted.add(new OmittedRow(spec.table(), spec.name(), row, spec.rows().get(row).label().shortName(), part, line));
                continue;
            }
            if (wholeRow) {
                named.add("“" + spec.rows().get(row).label().shortName() + "”行");
            } else {
                for (String k : e.getValue()) {
                    String col = k.substring(k.indexOf('.') + 1);
                    named.add("“" + spec.rows().get(row).label().shortName() + "”行“" + spec.columnName(row, col) + "”列");
                }
            }
        }
        if (!named.isEmpty()) {
            unreadable(spec.name() + "缺少" + (named.size() > 6
                ? String.join("、", named.subList(0, 6)) + "等 " + named.size() + " 处"
                : String.join("、", named)), null, line);
        }
    }

    private void decideFormat() {
        Set<String> read = new HashSet<>(cells.keySet());
        List<String> fitting = spec.formatsFitting(read);
        if (fitting.size() == 1) {
            template = fitting.get(0);
        } else if (fitting.isEmpty() && !read.isEmpty()) {
            template = "hybrid";
        } else {
            template = "unknown";
        }
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

        boolean hasLabel() { return labels.stream().anyMatch(c -> !Labels.trim(c).isEmpty()); }

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

    /** A run of digits too long for one cell where a row's numbers should stand apart (801000081). */
    static String runTogether(List<String> values, int expected) {
        List<String> filled = values.stream().map(Labels::trim).filter(s -> !s.isEmpty()).toList();
        if (filled.size() >= expected) return null;
        int least = Math.max(4, expected - filled.size() + 1);
        for (String v : filled) if (v.length() >= least && v.chars().allMatch(c -> c >= '0' && c <= '9')) return v;
        return null;
    }

}
