package org.xxgkcheck.template;

import java.util.List;
import java.util.Map;

/**
 * The printed report format as data (rules/templates/): the six parts with their accepted headings and the three
 * statistical tables. Read once with the rules and shared by every report.
 */
public record TemplateBook(List<PartSpec> parts, Map<String, TableSpec> tables) {

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** "一" … "十" for 1–10. */
    public static String numeral(int n) {
        return n >= 1 && n < NUMERALS.length ? NUMERALS[n] : String.valueOf(n);
    }

    public PartSpec part(int number) {
        for (PartSpec p : parts) if (p.number() == number) return p;
        return null;
    }

    public String partName(int number) {
        PartSpec p = part(number);
        return p == null ? "" : p.name();
    }

    public TableSpec table(String table) { return table == null ? null : tables.get(table); }

    public String tableName(String table) {
        TableSpec t = table(table);
        return t == null ? String.valueOf(table) : t.name();
    }

    public String rowName(String table, String row) {
        TableSpec t = table(table);
        return t == null ? String.valueOf(row) : t.rowName(row);
    }

    public String columnName(String table, String row, String column) {
        TableSpec t = table(table);
        return t == null ? String.valueOf(column) : t.columnName(row, column);
    }

    public int order(String table, String key, boolean column) {
        TableSpec t = table(table);
        return t == null || key == null ? -1 : t.order(key, column);
    }

    /** 第三部分·表三·（七）总计·自然人: where a cell, row, table or part sits, in the template's words. */
    public String path(Integer part, String table, String row, String column) {
        StringBuilder sb = new StringBuilder();
        if (part != null) sb.append("第").append(numeral(part)).append("部分");
        if (table != null) {
            if (sb.length() > 0) sb.append('·');
            sb.append(tableName(table));
            if (row != null) sb.append('·').append(rowName(table, row));
            if (column != null) sb.append('·').append(columnName(table, row, column));
        }
        return sb.toString();
    }
}
