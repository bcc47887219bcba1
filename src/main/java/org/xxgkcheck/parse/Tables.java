package org.xxgkcheck.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises which statistical table a grid is (by its printed labels, not by where it stands), joins a table
 * that an export split in two, and hands the rows to the reader of that table.
 */
final class Tables {
    private Tables() {}

    /** A table's rows gathered from consecutive grids of the same kind, with the part it stands in. */
    record Found(String table, List<Document.Row> rows, int part, int line) {}

    static Map<String, Found> find(Document doc, int[] partOfBlock) {
        Map<String, Found> found = new LinkedHashMap<>();
        String previous = null;
        List<Document.Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Document.Grid g)) {
                if (blocks.get(i) instanceof Document.Text) previous = null;
                continue;
            }
            String kind = kindOf(g);
            if (kind == null && previous != null) kind = previous;   // continuation without labels of its own
            if (kind == null) continue;
            Found f = found.get(kind);
            if (f == null) {
                found.put(kind, new Found(kind, new ArrayList<>(g.rows()), partOfBlock[i], g.line()));
            } else if (kind.equals(previous)) {
                f.rows().addAll(g.rows());
            }
            previous = kind;
        }
        return found;
    }

    static String kindOf(Document.Grid g) {
        StringBuilder sb = new StringBuilder();
        for (Document.Row r : g.rows()) for (String c : r.cells()) sb.append(c);
        String t = Labels.normalize(sb.toString());
        if (t.contains("本年新收") || t.contains("予以公开") || t.contains("勾稽关系") || t.contains("不予公开")
                || t.contains("三安全一稳定") || t.contains("结转下年度")) return "T3";
        if (t.contains("行政复议") && (t.contains("结果维持") || t.contains("结果维护") || t.contains("尚未审结"))) return "T4";
        if (t.contains("第二十条") || t.contains("信息内容") || t.contains("规范性文件") || t.contains("行政许可")) return "T2";
        return null;
    }

    static TableRead read(Found f) {
        return switch (f.table()) {
            case "T2" -> T2Reader.read(f.rows(), f.part(), f.line());
            case "T3" -> T3Reader.read(f.rows(), f.part(), f.line());
            default -> T4Reader.read(f.rows(), f.part(), f.line());
        };
    }
}
