package org.xxgkcheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.xxgkcheck.template.Labels;

/**
 * Reads a report saved as DOCX: body paragraphs in order, with the numbers Word generates for numbered
 * headings put back, and tables with merged cells laid out as grids. A block's line is its 1-based position in
 * the document body, counting every paragraph and every table row.
 */
public final class DocxReader {
    private DocxReader() {}

    public static Document read(byte[] bytes, Limits limits) throws NotReadable {
        DocxGuard.check(bytes, limits);
        ZipSecureFile.setMaxEntrySize(Math.max(limits.maxUnzippedBytes(), 1));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Document.Block> blocks = new ArrayList<>();
            body(doc.getBodyElements(), new DocxNumbering(doc), blocks, new int[] {0});
            return new Document(List.copyOf(blocks), List.of());
        } catch (EncryptedDocumentException | OLE2NotOfficeXmlFileException e) {
            throw new NotReadable("DOCX 文件已加密或不是 Word 2007 及以后的格式，无法读取", e);
        } catch (POIXMLException | IOException | IllegalStateException | IllegalArgumentException e) {
            throw new NotReadable("DOCX 文件已损坏，无法读取；请在 Word 或 WPS 中打开后另存再检查", e);
        }
    }

    /** Paragraphs and tables in order; a layout table (the whole report boxed in a table) is read as flowing text. */
    private static void body(List<IBodyElement> elements, DocxNumbering numbering, List<Document.Block> blocks, int[] position) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                position[0]++;
                addText(blocks, numbering.prefix(p) + p.getText(), position[0]);
            } else if (e instanceof XWPFTable t && DocxTables.layout(t)) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) body(cell.getBodyElements(), numbering, blocks, position);
                }
            } else if (e instanceof XWPFTable t) {
                blocks.add(DocxTables.grid(t, numbering, position));
            } else if (e instanceof XWPFSDT sdt) {
                position[0]++;
                addText(blocks, sdt.getContent().getText(), position[0]);
            }
        }
    }

    /** A paragraph is one text block; a manual line break inside it starts another. */
    private static void addText(List<Document.Block> blocks, String text, int position) {
        for (String line : text.split("[\\r\\n\\u000B]+")) {
            String t = Labels.trim(line);
            if (!t.isEmpty()) blocks.add(new Document.Text(t, position));
        }
    }
}
