package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xxgkcheck.read.Document;
import org.xxgkcheck.template.Labels;
import org.xxgkcheck.template.TableSpec;

/**
 * The one reader of the statistical tables: it knows nothing of 表二, 表三 or 表四 but what rules/templates/ says —
 * their row and column wordings, their formats and how their numbers are laid out (Layout). A row with more or
 * fewer numbers than its columns makes the table unreadable rather than shifting values into the wrong cells
 * (004 柳屯镇 2022).
 */
final class TableReader {
    private TableReader() {}

    static TableRead read(TableSpec spec, List<Document.Row> rows, int part, int line) {
        TableRead out = new TableRead(spec, part, line);
        switch (spec.layout()) {
            case BLOCKS -> blocks(spec, rows, out);
            case ROWS -> rows(spec, rows, out);
            case SEQUENCE -> sequence(spec, rows, out);
        }
        out.finish();
        return out;
    }

    /** 表二: block titles, a header row naming each block's columns, then labelled rows. */
    private static void blocks(TableSpec spec, List<Document.Row> rows, TableRead out) {
        List<String> headers = null;
        List<String> unknownHeaders = new ArrayList<>();
        for (Document.Row row : rows) {
            org.xxgkcheck.read.Stop.check();
            TableRead.Split split = TableRead.Split.of(row.cells());
            String first = Labels.normalize(firstLabel(row.cells()));
            if (spec.blockTitle() != null && first.contains(Labels.normalize(spec.blockTitle()))) {
                headers = null;
                continue;
            }
            // The header row: its first cell is the header word (信息内容), or, when a converter dropped that cell,
            // every cell names a column.
            boolean headerWord = spec.header() != null && Labels.core(first).equals(Labels.normalize(spec.header()));
            if (headerWord || allColumns(spec, row.cells())) {
                headers = new ArrayList<>();
                unknownHeaders.clear();
                boolean pastFirst = !headerWord;
                for (String c : row.cells()) {
                    if (Labels.trim(c).isEmpty()) continue;
                    if (!pastFirst) {
                        pastFirst = true;
                        continue;
                    }
                    TableSpec.Hit hit = spec.column(c);
                    if (hit == null) {
                        unknownHeaders.add(Labels.trim(c));
                        headers.add(null);
                    } else {
                        out.label(hit, true, c, row.line());
                        headers.add(hit.key());
                    }
                }
                continue;
            }
            TableSpec.Hit hit = spec.row(split.lastLabel());
            if (hit == null) hit = spec.row(firstLabel(row.cells()));
            if (hit == null) {
                if (split.hasNumber()) out.extra(String.join("", split.labels()), row.line());
                continue;
            }
            out.label(hit, false, split.lastLabel(), row.line());
            String key = hit.key();
            List<String> columns = headers != null && !headers.contains(null) ? headers : null;
            List<String> values = TableRead.trimBlanks(split.values(), columns != null ? columns.size() : split.values().size(), false);
            if (columns == null || values.size() != columns.size()) {
                // Without a usable header (or with a header that does not fit the row), the row's own columns in a
                // format whose count matches the numbers printed.
                List<String> own = ownColumns(spec, key, split.values());
                if (own != null) {
                    columns = own;
                    values = TableRead.trimBlanks(split.values(), own.size(), false);
                }
            }
            if (columns == null) {
                String why = !unknownHeaders.isEmpty()
                    ? "表头“" + String.join("”“", unknownHeaders) + "”不是模板中的栏目"
                    : "之前没有可识别的表头（" + spec.header() + "……）";
                out.unreadable(out.rowName(key) + why, key, row.line());
                continue;
            }
            if (values.size() != columns.size()) {
                out.unreadable(out.rowName(key) + countMessage(columns.size(), split.values()), key, row.line());
                continue;
            }
            for (int c = 0; c < columns.size(); c++) out.cell(key, columns.get(c), values.get(c), row.line());
        }
    }

    private static boolean allColumns(TableSpec spec, List<String> cells) {
        int names = 0;
        for (String c : cells) {
            if (Labels.trim(c).isEmpty()) continue;
            if (spec.column(c) == null || spec.row(c) != null) return false;
            names++;
        }
        return names > 0;
    }

    /** The row's columns in the one format whose number of columns equals the numbers printed; null if none or several. */
    private static List<String> ownColumns(TableSpec spec, String row, List<String> printed) {
        List<String> filled = printed.stream().filter(v -> !Labels.trim(v).isEmpty()).toList();
        List<String> found = null;
        for (String f : spec.formats()) {
            List<String> cols = spec.columnsOf(row, f);
            if (cols.isEmpty() || !spec.rows().get(row).label().inFormat(f)) continue;
            if (cols.size() == printed.size() || cols.size() == filled.size()) {
                if (found != null && !found.equals(cols)) return null;
                found = cols;
            }
        }
        return found;
    }

    /** 表三: every row starts with its label; the numbers follow in the order of the columns. */
    private static void rows(TableSpec spec, List<Document.Row> rows, TableRead out) {
        boolean started = spec.startRow() == null;
        String pending = null;
        int pendingLine = 0;
        Set<String> seen = new HashSet<>();
        List<String> columns = List.copyOf(spec.columns().keySet());
        for (Document.Row row : rows) {
            org.xxgkcheck.read.Stop.check();
            TableRead.Split split = TableRead.Split.of(row.cells());
            // The label is the right-most cell that names a row; text after it stands where numbers belong.
            TableSpec.Hit hit = null;
            String printed = "";
            List<String> stray = new ArrayList<>();
            for (int i = split.labels().size() - 1; i >= 0 && hit == null; i--) {
                hit = spec.row(split.labels().get(i));
                if (hit != null) printed = split.labels().get(i);
                else if (!Labels.trim(split.labels().get(i)).isEmpty()) stray.add(0, Labels.trim(split.labels().get(i)));
            }
            if (hit == null) stray.clear();
            String key = hit == null ? null : hit.key();
            if (!started) {
                String word = spec.noteWord() != null ? spec.noteWord() : spec.note();
                if (word != null && Labels.normalize(String.join("", row.cells())).contains(Labels.normalize(word))) {
                    out.note = true;
                }
                if (!spec.startRow().equals(key)) continue;
                started = true;
            }
            int rowLine = row.line();
            if (key == null && pending != null && !split.hasLabel()) {
                key = pending;     // values printed in the row after their label
                rowLine = pendingLine;
            }
            pending = null;
            if (key == null) {
                if (split.hasNumber()) out.extra(String.join("", split.labels()), row.line());
                continue;
            }
            if (split.values().isEmpty()) {
                pending = key;
                pendingLine = row.line();
                if (hit != null) out.label(hit, false, printed, row.line());
                continue;
            }
            if (!stray.isEmpty()) {
                seen.add(key);
                out.unreadable(out.rowName(key) + "的数值中有文字“" + String.join("、", stray) + "”，无法读取", key, row.line());
                continue;
            }
            if (!seen.add(key)) {
                out.unreadable(out.rowName(key) + "出现了两次", key, row.line());
                continue;
            }
            if (hit != null && rowLine == row.line()) out.label(hit, false, printed, row.line());
            List<String> values = TableRead.trimBlanks(split.values(), columns.size(), true);
            if (values.size() != columns.size()) {
                out.unreadable(out.rowName(key) + countMessage(columns.size(), split.values()), key, rowLine);
                continue;
            }
            for (int c = 0; c < columns.size(); c++) out.cell(key, columns.get(c), values.get(c), rowLine);
        }
        if (!started) {
            out.unreadable(spec.name() + "中找不到“" + spec.rows().get(spec.startRow()).label().shortName() + "”行", null, out.line);
        }
    }

    /** 表四: after the header, every number in template order, however the printed rows cut them. */
    private static void sequence(TableSpec spec, List<Document.Row> rows, TableRead out) {
        List<String> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean header = false;
        for (Document.Row row : rows) {
            org.xxgkcheck.read.Stop.check();
            TableRead.Split split = TableRead.Split.of(row.cells());
            if (split.hasLabel()) {
                header = true;
                for (String c : split.labels()) {
                    TableSpec.Hit column = spec.column(c);
                    if (column != null) out.label(column, true, c, row.line());
                    TableSpec.Hit r = column == null ? spec.row(c) : null;
                    if (r != null) out.label(r, false, c, row.line());
                }
                if (!split.hasNumber()) continue;
            }
            if (!header) continue;
            values.addAll(split.values());
            split.values().forEach(v -> lines.add(row.line()));
        }
        String format = spec.formats().get(0);
        List<String> cells = spec.cells(format);
        List<String> v = TableRead.trimBlanks(values, cells.size(), true);
        if (v.size() != cells.size()) {
            out.unreadable(spec.name() + countMessage(cells.size(), values), null,
                lines.isEmpty() ? out.line : lines.get(0));
            return;
        }
        int start = 0;
        while (start + cells.size() < values.size() && !values.subList(start, start + cells.size()).equals(v)) start++;
        for (int i = 0; i < cells.size(); i++) {
            String[] rc = cells.get(i).split("\\.");
            out.cell(rc[0], rc[1], v.get(i), lines.get(Math.min(lines.size() - 1, start + i)));
        }
    }

    /** “应有 7 个数值，实际读到 1 个（数字“801000081”连在一起，无法分开）”. */
    private static String countMessage(int expected, List<String> values) {
        List<String> filled = values.stream().filter(x -> !Labels.trim(x).isEmpty()).toList();
        String joined = TableRead.runTogether(values, expected);
        return "应有 " + expected + " 个数值，实际读到 " + TableRead.trimBlanks(values, expected, true).size() + " 个"
            + (joined != null ? "（数字“" + joined + "”连在一起，无法分开）" : filled.size() != values.size() && filled.size() == expected
                ? "（另有空白单元格，无法确定各数值所在的列）" : "");
    }

    private static String firstLabel(List<String> cells) {
        for (String c : cells) if (!Labels.trim(c).isEmpty()) return c;
        return "";
    }
}
