package org.xxgkcheck.template;

import java.util.List;
import java.util.Map;

/**
 * A row of a statistical table: its label, the columns it has in each format (when they differ from the table's
 * columns, as in 表二), whether the row may be left out of the printed table (表二's 规章 row), and the block title
 * it is printed under (表二: 第二十条第（一）项), or null.
 */
public record RowSpec(LabelSpec label, Map<String, List<String>> columnsByFormat, boolean optional, String block) {
    public String key() { return label.key(); }
}
