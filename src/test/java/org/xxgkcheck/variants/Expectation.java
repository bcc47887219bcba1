package org.xxgkcheck.variants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Location;

/**
 * What a variant's check must give compared with the fixture's baseline (the check of its rendition): the same cells
 * and the same findings (rule, severity, part/table/row/column, evidence, message without line numbers), except for
 * the deviations the variant names.
 */
final class Expectation {

    /** A finding without its line: what must stay the same when only the layout changes. */
    record Key(String ruleId, String severity, Integer part, String table, String row, String column, String evidence,
               String message) {
        static Key of(Finding f) {
            Location l = f.location() == null ? Location.NONE : f.location();
            return new Key(f.ruleId(), f.severity(), l.part(), l.table(), l.row(), l.column(),
                f.evidence() == null || f.evidence().isEmpty() ? "" : new TreeMap<>(f.evidence()).toString(),
                withoutLines(f.message()));
        }

        boolean at(String t, String r) { return Objects.equals(table, t) && (r == null || Objects.equals(row, r)); }

        @Override public String toString() {
            StringBuilder s = new StringBuilder(ruleId).append(' ').append(severity).append(" @");
            if (part != null) s.append(" part ").append(part);
            if (table != null) s.append(' ').append(table);
            if (row != null) s.append(" row ").append(row);
            if (column != null) s.append(" col ").append(column);
            if (!evidence.isEmpty()) s.append(' ').append(evidence);
            return s.append(" “").append(message).append('”').toString();
        }
    }

    private static final Pattern LINE = Pattern.compile("第\\s*\\d+\\s*行");

    /** Line numbers in messages ("第419行有导出残留") depend on the layout; they are not compared. */
    static String withoutLines(String message) {
        return message == null ? "" : LINE.matcher(message).replaceAll("第…行");
    }

    /** A finding the variant must produce exactly `count` times. */
    record Required(String description, Predicate<Key> matches, int count) {}

    final String summary;
    /** Baseline findings that must be gone. */
    final Predicate<Key> mustDrop;
    /** Baseline findings that may be gone (or changed: a change is a drop plus an allowed extra). */
    final Predicate<Key> mayDrop;
    /** Findings the variant may add. */
    final Predicate<Key> mayAdd;
    final List<Required> required;
    /** Baseline cells that must be absent ("T2:REG_MADE"). */
    final Predicate<String> cellGone;
    /** Cells that may be absent, but when present must hold the baseline value. */
    final Predicate<String> cellOptional;

    private Expectation(String summary, Predicate<Key> mustDrop, Predicate<Key> mayDrop, Predicate<Key> mayAdd,
                        List<Required> required, Predicate<String> cellGone, Predicate<String> cellOptional) {
        this.summary = summary;
        this.mustDrop = mustDrop;
        this.mayDrop = mayDrop;
        this.mayAdd = mayAdd;
        this.required = required;
        this.cellGone = cellGone;
        this.cellOptional = cellOptional;
    }

    private static final Predicate<Key> NONE = k -> false;
    private static final Predicate<String> NO_CELL = c -> false;

    static Expectation unchanged() {
        return new Expectation("无任何变化", NONE, NONE, NONE, List.of(), NO_CELL, NO_CELL);
    }

    /**
     * g2: 表四's header as one row naming group and result in each cell: the same findings, except that a label
     * finding quotes the cell as printed (“行政复议结果维护” for “结果维护”).
     */
    static Expectation headerCellsCombined() {
        Predicate<Key> label = k -> k.ruleId().equals("TPL-LABEL-ALIAS") && k.at("T4", null);
        return new Expectation("无变化（表四标签提示引用合并后的表头原文）", NONE, label, label,
            List.of(), NO_CELL, NO_CELL);
    }

    /** a: a template row left out: one TPL-ROW-OMITTED (info) there, its cells and findings gone, no SHAPE finding. */
    static Expectation rowOmitted(String table, String row) {
        return new Expectation("恰好一条 TPL-ROW-OMITTED（提示）在 " + table + " " + row + "，该行单元格及其发现消失",
            k -> k.at(table, row), NONE, NONE,
            List.of(new Required("TPL-ROW-OMITTED info @ " + table + " row " + row,
                k -> k.ruleId().equals("TPL-ROW-OMITTED") && k.severity().equals("info") && k.at(table, row), 1)),
            c -> c.startsWith(table + ":" + row + "_"), NO_CELL);
    }

    /** b: typo'd header labels: TPL-LABEL-ALIAS (info) findings may appear, nothing else changes. */
    static Expectation labelAliases() {
        return new Expectation("可新增 TPL-LABEL-ALIAS（提示），其余不变", NONE, NONE,
            k -> k.ruleId().equals("TPL-LABEL-ALIAS") && k.severity().equals("info"), List.of(), NO_CELL, NO_CELL);
    }

    /** c: headings of the given parts varied: their SEC-HEADING-FORM findings may appear or change, never SEC-MISSING. */
    static Expectation headingsVaried(Set<Integer> parts) {
        Predicate<Key> headingForm = k -> k.ruleId().equals("SEC-HEADING-FORM") && parts.contains(k.part())
            && !k.severity().equals("error");
        return new Expectation("第" + parts + "部分的 SEC-HEADING-FORM 可变化，其余不变", NONE, headingForm, headingForm,
            List.of(), NO_CELL, NO_CELL);
    }

    /** d: parts 五 and 六 in swapped order, renumbered by position: SEC-ORDER (warning) and SEC-HEADING-FORM may appear. */
    static Expectation partsReordered() {
        Predicate<Key> headingForm = k -> k.ruleId().equals("SEC-HEADING-FORM") && (Objects.equals(k.part(), 5)
            || Objects.equals(k.part(), 6)) && !k.severity().equals("error");
        Predicate<Key> order = k -> k.ruleId().equals("SEC-ORDER") && k.severity().equals("warning");
        return new Expectation("可出现 SEC-ORDER（警告）和第五、六部分的 SEC-HEADING-FORM，其余不变", NONE, headingForm,
            headingForm.or(order), List.of(), NO_CELL, NO_CELL);
    }

    /** i: zeros left blank in 表三: TPL-BLANK-AS-ZERO (info) may appear or change, nothing else. */
    static Expectation blanksAsZero() {
        Predicate<Key> blank = k -> k.ruleId().equals("TPL-BLANK-AS-ZERO") && k.severity().equals("info") && k.at("T3", null);
        return new Expectation("表三可出现或改变 TPL-BLANK-AS-ZERO（提示），其余不变", NONE, blank, blank, List.of(), NO_CELL, NO_CELL);
    }

    /** Rules whose findings need the cells of 表三. */
    static final Set<String> NEED_T3 = Set.of("T3-BALANCE", "T3-SUM", "T3-ROWTOTAL", "T3-INT", "T3-CARRY-RATIO",
        "T4-VS-T3", "CON-APPS", "CON-CLOSED", "CON-ZERO-APPS", "CON-FEE-CONSISTENCY", "CON-PCT", "X-CARRY",
        "TPL-VERSION");

    /**
     * k: 表三 cannot be read honestly: exactly one T3-SHAPE (error) whose message names the row; the findings that need
     * 表三's cells may disappear; 表三 cells still reported must hold the baseline values; everything else unchanged.
     */
    static Expectation t3Unreadable(String rowWord) {
        return new Expectation("恰好一条 T3-SHAPE（错误，说明中指出“" + rowWord + "”一行），需要表三数值的发现可消失，其余不变",
            NONE,
            k -> NEED_T3.contains(k.ruleId()) || (k.at("T3", null) && !k.ruleId().equals("T3-SHAPE")
                && !k.ruleId().equals("TPL-LABEL-ALIAS") && !k.ruleId().equals("T3-LABELS") && !k.ruleId().equals("T3-NOTE")),
            NONE,
            List.of(new Required("T3-SHAPE error @ T3，说明含“" + rowWord + "”",
                k -> k.ruleId().equals("T3-SHAPE") && k.severity().equals("error") && k.message().contains(rowWord), 1)),
            NO_CELL, c -> c.startsWith("T3:"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The differences of a variant's outcome from the expected one; empty when as expected. */
    List<String> differences(List<Finding> baseline, Map<String, String> baseCells, List<Finding> actual,
                             Map<String, String> cells, Set<String> baselineShape) {
        List<String> out = new ArrayList<>();
        // Cells; those of a table the baseline could not read are not checked by any rule, and which of them a
        // broken table yields depends on its layout.
        for (Map.Entry<String, String> e : baseCells.entrySet()) {
            String key = e.getKey();
            if (baselineShape.contains(key.substring(0, key.indexOf(':')) + "-SHAPE")) continue;
            String got = cells.get(key);
            if (cellGone.test(key)) {
                if (got != null) out.add("单元格 " + key + " 应当不存在，读到 " + got);
            } else if (got == null) {
                if (!cellOptional.test(key)) out.add("单元格 " + key + " 缺失（基准为 " + e.getValue() + "）");
            } else if (!got.equals(e.getValue())) {
                out.add("单元格 " + key + " 读作 " + got + "，基准为 " + e.getValue());
            }
        }
        for (String key : cells.keySet()) {
            if (baselineShape.contains(key.substring(0, key.indexOf(':')) + "-SHAPE")) continue;
            if (!baseCells.containsKey(key)) out.add("多出单元格 " + key + " = " + cells.get(key));
        }

        // Findings as multisets.
        Map<Key, Integer> want = count(baseline, baselineShape);
        Map<Key, Integer> got = count(actual, baselineShape);
        for (Required r : required) {
            int n = 0;
            for (Map.Entry<Key, Integer> e : new ArrayList<>(got.entrySet())) {
                if (r.matches().test(e.getKey())) {
                    n += e.getValue();
                    got.remove(e.getKey());
                }
            }
            if (n != r.count()) out.add("应有 " + r.count() + " 条 " + r.description() + "，实有 " + n);
        }
        for (Map.Entry<Key, Integer> e : want.entrySet()) {
            Key k = e.getKey();
            int have = got.getOrDefault(k, 0);
            if (mustDrop.test(k)) {
                if (have > 0) out.add("应当消失的发现仍在：" + k);
                got.remove(k);
                continue;
            }
            int missing = e.getValue() - have;
            if (missing > 0 && !mayDrop.test(k)) out.add("缺少发现" + times(missing) + "：" + k);
            if (have > e.getValue()) got.put(k, have - e.getValue());
            else got.remove(k);
        }
        for (Map.Entry<Key, Integer> e : got.entrySet()) {
            Key k = e.getKey();
            if (mayAdd.test(k)) continue;
            String what = k.severity().equals("error") ? "多出错误级发现" : "多出发现";
            out.add(what + times(e.getValue()) + "：" + k);
        }
        return out;
    }

    private static String times(int n) {
        return n == 1 ? "" : "（×" + n + "）";
    }

    /**
     * Findings counted by key. A SHAPE finding about a table the baseline could not read explains the layout problem
     * it met, so its message depends on the layout: such messages are not compared.
     */
    private static Map<Key, Integer> count(List<Finding> findings, Set<String> baselineShape) {
        Map<Key, Integer> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            Key k = Key.of(f);
            if (k.ruleId().endsWith("-SHAPE") && baselineShape.contains(k.ruleId())) {
                k = new Key(k.ruleId(), k.severity(), k.part(), k.table(), k.row(), k.column(), k.evidence(), "（版式相关，不比较）");
            }
            m.merge(k, 1, Integer::sum);
        }
        return m;
    }

    /** Cells by "T3:NEW_NP" → value: blank counts as 0, numbers compared as numbers, anything else as printed. */
    static Map<String, String> cells(List<Object> facts) {
        Map<String, String> m = new TreeMap<>();
        for (Object f : facts) {
            if (f instanceof Cell c) m.put(c.getTable() + ":" + c.getRow() + "_" + c.getColumn(), value(c));
        }
        return m;
    }

    static String value(Cell c) {
        if (c.isBlank()) return "0";
        if (!c.isNumeric()) return "“" + c.getRaw() + "”";
        return new java.math.BigDecimal(Double.toString(c.getAmount())).stripTrailingZeros().toPlainString();
    }

    /** Findings compared only on (rule, part, table, row, column), for the rendition against the original file. */
    static List<String> coarseDifferences(List<Finding> original, List<Finding> rendition) {
        Map<String, Integer> a = new HashMap<>();
        Map<String, Integer> b = new HashMap<>();
        for (Finding f : original) a.merge(coarse(f), 1, Integer::sum);
        for (Finding f : rendition) b.merge(coarse(f), 1, Integer::sum);
        List<String> out = new ArrayList<>();
        for (String k : new java.util.TreeSet<>(a.keySet())) {
            int d = a.get(k) - b.getOrDefault(k, 0);
            if (d > 0) out.add("原文有、重建稿没有" + times(d) + "：" + k);
        }
        for (String k : new java.util.TreeSet<>(b.keySet())) {
            int d = b.get(k) - a.getOrDefault(k, 0);
            if (d > 0) out.add("重建稿有、原文没有" + times(d) + "：" + k);
        }
        return out;
    }

    private static String coarse(Finding f) {
        Location l = f.location() == null ? Location.NONE : f.location();
        return f.ruleId() + " @ part " + l.part() + " " + l.table() + " row " + l.row() + " col " + l.column();
    }
}
