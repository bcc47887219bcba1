package org.xxgkcheck.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Fills the 2021 blank template (src/test/resources/docx/template-2021-blank.docx, a copy of
 * ../shared/corpus/template-2021-blank.docx) with a SampleReport: title, front matter, the text under each
 * part heading and the value cells of tables 二 三 四, keeping the template's merged cells.
 */
final class SampleDocx {
    private SampleDocx() {}

    static byte[] write(SampleReport r) throws IOException {
        try (InputStream in = SampleDocx.class.getResourceAsStream("/docx/template-2021-blank.docx");
             XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paras = doc.getParagraphs();
            setText(paras.get(1), r.title());
            setText(paras.get(2), String.join("", r.front()));
            int part = -1;
            for (XWPFParagraph p : paras) {
                String t = p.getText();
                int h = SampleReport.HEADINGS.indexOf(t);
                if (h >= 0) part = h;
                else if (t.startsWith("（文字描述") && part >= 0) setText(p, String.join("", r.parts().get(part)));
            }
            List<XWPFTable> tables = doc.getTables();
            fillTable2(tables.get(0), r.t2());
            List<XWPFTableRow> t3 = tables.get(1).getRows();
            for (int i = 0; i < 25; i++) fillLast(t3.get(i + 3), r.t3().get(i));
            fillLast(tables.get(2).getRows().get(3), r.t4());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Value rows of table 二 are those whose first cell is a row label (规章 … 行政事业性收费). */
    private static void fillTable2(XWPFTable table, List<String> values) {
        List<String> labels = List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费");
        int v = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            if (!labels.contains(cells.get(0).getText().trim())) continue;
            for (int c = 1; c < cells.size(); c++) setText(cells.get(c).getParagraphs().get(0), values.get(v++));
        }
    }

    private static void fillLast(XWPFTableRow row, List<String> values) {
        List<XWPFTableCell> cells = row.getTableCells();
        int first = cells.size() - values.size();
        for (int i = 0; i < values.size(); i++) setText(cells.get(first + i).getParagraphs().get(0), values.get(i));
    }

    private static void setText(XWPFParagraph p, String text) {
        while (!p.getRuns().isEmpty()) p.removeRun(0);
        if (!text.isEmpty()) p.createRun().setText(text);
    }
}
