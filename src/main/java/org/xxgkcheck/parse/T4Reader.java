package org.xxgkcheck.parse;

import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.facts.Template;

/**
 * Reads table 四 (行政复议、行政诉讼): after the header rows, fifteen numbers in template order
 * (行政复议, 未经复议直接起诉, 复议后起诉; each 结果维持 结果纠正 其他结果 尚未审结 总计).
 */
final class T4Reader {
    private T4Reader() {}

    private static final List<String> GROUPS = List.copyOf(Template.T4_ROWS.keySet());
    private static final List<String> COLUMNS = List.copyOf(Template.T4_COLUMNS.keySet());

    static TableRead read(List<Document.Row> rows, int part, int line) {
        TableRead out = new TableRead("T4", part, line);
        List<String> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean header = false;
        for (Document.Row row : rows) {
            TableRead.Split split = TableRead.Split.of(row.cells());
            boolean labelled = split.labels().stream().anyMatch(c -> !Labels.trim(c).isEmpty());
            if (labelled) {
                header = true;
                boolean typo = split.labels().stream().anyMatch(c -> Labels.normalize(c).equals("结果维护"));
                if (typo && out.labels.isEmpty()) out.label("KEEP", "结果维护", "结果维持", java.util.Set.of("结果维护"), row.line());
                if (!split.values().isEmpty() && split.hasNumber()) {
                    values.addAll(split.values());
                    split.values().forEach(v -> lines.add(row.line()));
                }
                continue;
            }
            if (!header) continue;
            values.addAll(split.values());
            split.values().forEach(v -> lines.add(row.line()));
        }
        List<String> v = TableRead.trimBlanks(values, 15, true);
        if (v.size() != 15) {
            out.unreadable("表四应有 15 个数值（行政复议、未经复议直接起诉、复议后起诉各 5 个），实际读到 " + v.size() + " 个", null,
                lines.isEmpty() ? line : lines.get(0));
            return out;
        }
        int start = 0;
        while (start + 15 < values.size() && !values.subList(start, start + 15).equals(v)) start++;
        for (int i = 0; i < 15; i++) {
            int lineNo = lines.get(Math.min(lines.size() - 1, start + i));
            out.cell(GROUPS.get(i / 5), COLUMNS.get(i % 5), v.get(i), lineNo);
        }
        return out;
    }
}
