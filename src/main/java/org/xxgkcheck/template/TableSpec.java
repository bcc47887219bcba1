package org.xxgkcheck.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One statistical table as the template prints it (rules/templates/T2.txt …): its rows and columns with their
 * wordings, the formats it comes in, and how its numbers are laid out. Rows and columns keep the printed order.
 *
 * @param recognise  words that tell this table apart from the others (with its row and column labels)
 * @param blockTitle the first word of a block title row (表二: 第二十条), or null
 * @param header     the first cell of a header row (表二: 信息内容), or null
 * @param note       the printed filling note in the header (表三's 勾稽关系 note), or null
 * @param noteWord   a word that tells the note is there however it is printed, or null
 * @param startRow   the first data row; rows before it are header (表三: NEW), or null
 * @param cellNames  column names of single cells that differ from their column's name ("PROC.AMT" → 采购总金额)
 */
public record TableSpec(String table, String name, int part, Layout layout, List<String> formats, Pattern recognise,
                        String blockTitle, String header, String note, String noteWord, String startRow,
                        Map<String, LabelSpec> columns, Map<String, RowSpec> rows, Map<String, String> cellNames,
                        LabelMemo memo) {

    public TableSpec(String table, String name, int part, Layout layout, List<String> formats, Pattern recognise,
                     String blockTitle, String header, String note, String noteWord, String startRow,
                     Map<String, LabelSpec> columns, Map<String, RowSpec> rows, Map<String, String> cellNames) {
        this(table, name, part, layout, formats, recognise, blockTitle, header, note, noteWord, startRow, columns, rows, cellNames,
            new LabelMemo());
    }

    /** A printed label recognised as a row or column, and how closely it follows the template. */
    public record Hit(String key, LabelSpec.Match match, String canonical) {}

    /** Hot path: every cell of every table is looked up as a row and as a column of every table; see LabelMemo. */
    public Hit row(String printed) {
        return memo.rows(printed, p -> find(rows.values().stream().map(RowSpec::label).toList(), p));
    }

    /**
     * A header cell may carry its group in front (“行政复议结果维持”, 表四 printed as one header row): a column
     * recognised by key words whose cell ends with a listed wording is taken as that wording.
     */
    public Hit column(String printed) {
        return memo.columns(printed, this::findColumn);
    }

    private Hit findColumn(String printed) {
        Hit hit = find(List.copyOf(columns.values()), printed);
        if (hit == null || hit.match() != LabelSpec.Match.LOOSE) return hit;
        LabelSpec.Match m = columns.get(hit.key()).ending(Labels.core(printed));
        return m == null ? hit : new Hit(hit.key(), m, hit.canonical());
    }

    /**
     * Exact wordings first across all labels, then key words in printed order. A cell that carries the group label
     * in front of its own (“（三）不予公开 1.属于国家秘密”, as converters merge the label columns) is compared by its
     * last level too.
     */
    private static Hit find(List<LabelSpec> specs, String printed) {
        String core = Labels.core(printed);
        if (core.isEmpty()) return null;
        String last = Labels.core(lastLevel(Labels.normalize(printed)));
        for (String c : last.equals(core) || last.isEmpty() ? List.of(core) : List.of(core, last)) {
            for (LabelSpec s : specs) {
                LabelSpec.Match m = s.exact(c);
                if (m != null) return new Hit(s.key(), m, s.shortName());
            }
        }
        for (LabelSpec s : specs) if (s.loose(core)) return new Hit(s.key(), LabelSpec.Match.LOOSE, s.shortName());
        return null;
    }

    /** Where a numbered level starts inside a label: 三、 (一) 1. — not inside a number such as 2021.1. */
    private static final Pattern LEVEL = Pattern.compile("(?<![0-9.])(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|[0-9]{1,2}[.、](?![0-9]))");

    /** The label from its last numbered level on; the whole label when no level starts after its beginning. */
    static String lastLevel(String normalized) {
        java.util.regex.Matcher m = LEVEL.matcher(normalized);
        int start = 0;
        while (m.find()) if (m.start() > 0) start = m.start();
        return normalized.substring(start);
    }

    /** The columns a row has in a format, in printed order. */
    public List<String> columnsOf(String row, String format) {
        RowSpec r = rows.get(row);
        if (r == null) return List.of();
        List<String> own = r.columnsByFormat().get(format);
        if (own != null) return own;
        return r.columnsByFormat().isEmpty() ? List.copyOf(columns.keySet()) : List.of();
    }

    /** The recognising words as plain words (found without the regex engine), or null when they are an expression. */
    public PlainWords recognisePlainly() { return recognise == null ? null : memo.recognise(recognise); }

    /** Every cell ("ROW.COLUMN") the table has in a format, in printed order. */
    public List<String> cells(String format) {
        List<String> out = new ArrayList<>();
        for (RowSpec r : rows.values()) {
            if (!r.label().inFormat(format)) continue;
            for (String c : columnsOf(r.key(), format)) out.add(r.key() + "." + c);
        }
        return out;
    }

    /** The formats whose cells include every cell read; several when the cells read do not tell them apart. */
    public List<String> formatsFitting(java.util.Collection<String> cellsRead) {
        List<String> out = new ArrayList<>();
        for (String f : formats) if (memo.cellSet(f, this::cells).containsAll(cellsRead)) out.add(f);
        return out;
    }

    public String rowName(String row) {
        RowSpec r = row == null ? null : rows.get(row);
        return r == null ? String.valueOf(row) : r.label().name();
    }

    public String columnName(String row, String column) {
        String own = cellNames.get(row + "." + column);
        if (own != null) return own;
        LabelSpec c = column == null ? null : columns.get(column);
        return c == null ? String.valueOf(column) : c.name();
    }

    /** Position of a row or column key in printed order, for a stable order of findings; -1 when unknown. */
    public int order(String key, boolean column) {
        int i = 0;
        for (String k : (column ? columns : rows).keySet()) {
            if (k.equals(key)) return i;
            i++;
        }
        return -1;
    }

    /** Every printed wording of the table, for telling tables apart. */
    public List<LabelSpec> labels() {
        List<LabelSpec> out = new ArrayList<>(columns.values());
        rows.values().forEach(r -> out.add(r.label()));
        return out;
    }

    static Map<String, LabelSpec> ordered() { return new LinkedHashMap<>(); }
}
