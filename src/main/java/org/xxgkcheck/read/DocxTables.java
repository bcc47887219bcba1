package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.xxgkcheck.template.Labels;

/**
 * A Word table as a grid: a cell spanning columns (gridSpan) is its text followed by empty cells, a cell
 * continuing a vertical merge (vMerge without "restart") is empty, and columns skipped before or after a row
 * (gridBefore, gridAfter) are empty cells.
 */
final class DocxTables {
    private DocxTables() {}

    private static final int MAX_SPAN = 64;

    static Document.Grid grid(XWPFTable table, DocxNumbering numbering, int[] position) {
        List<Document.Row> rows = new ArrayList<>();
        int first = position[0] + 1;
        for (XWPFTableRow row : table.getRows()) {
            position[0]++;
            List<String> cells = new ArrayList<>();
            CTTrPr trPr = row.getCtRow().getTrPr();
            if (trPr != null) for (CTDecimalNumber n : trPr.getGridBeforeList()) pad(cells, n);
            for (ICell c : row.getTableICells()) {
                if (c instanceof XWPFTableCell cell) {
                    CTTcPr tcPr = cell.getCTTc().getTcPr();
                    cells.add(continuation(tcPr) ? "" : text(cell, numbering));
                    int span = tcPr != null && tcPr.getGridSpan() != null ? tcPr.getGridSpan().getVal().intValue() : 1;
                    for (int k = 1; k < Math.min(span, MAX_SPAN); k++) cells.add("");
                } else if (c instanceof XWPFSDTCell sdt) {
                    cells.add(Labels.trim(sdt.getContent().getText()));
                }
            }
            if (trPr != null) for (CTDecimalNumber n : trPr.getGridAfterList()) pad(cells, n);
            rows.add(new Document.Row(List.copyOf(cells), position[0]));
        }
        return new Document.Grid(List.copyOf(rows), first);
    }

    /** A table used for layout: a cell holding another table or a page of text, rather than a label or number. */
    static boolean layout(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty() || cell.getText().length() > 400) return true;
            }
        }
        return false;
    }

    private static void pad(List<String> cells, CTDecimalNumber n) {
        int k = n.getVal() == null ? 0 : Math.min(n.getVal().intValue(), MAX_SPAN);
        for (int i = 0; i < k; i++) cells.add("");
    }

    /** A cell below the first of a vertical merge, or after the first of a legacy horizontal merge. */
    private static boolean continuation(CTTcPr tcPr) {
        if (tcPr == null) return false;
        if (tcPr.getVMerge() != null && (tcPr.getVMerge().getVal() == null || tcPr.getVMerge().getVal() == STMerge.CONTINUE)) {
            return true;
        }
        return tcPr.getHMerge() != null && (tcPr.getHMerge().getVal() == null || tcPr.getHMerge().getVal() == STMerge.CONTINUE);
    }

    /** The cell's paragraphs joined as one label ("商业" + "企业"), numbered paragraphs with their numbers. */
    private static String text(XWPFTableCell cell, DocxNumbering numbering) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) parts.add(numbering.prefix(p) + p.getText());
        for (XWPFTable nested : cell.getTables()) parts.add(nested.getText());
        return TextJoin.lines(parts);
    }
}
