package org.xxgkcheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a report printed to PDF (with a text layer): text in reading order, tables rebuilt from word
 * positions, page numbers and running headers and footers removed. A block's line is page × 1000 + the line's
 * number on that page (3012: page 3, line 12).
 */
public final class PdfReader {
    private PdfReader() {}

    static {
        PdfFonts.install();
    }

    public static Document read(byte[] bytes, Limits limits, Headings headings) throws NotReadable {
        if (!complete(bytes)) {
            throw new NotReadable("PDF 文件不完整（文件末尾没有 %%EOF 结束标记），可能下载中断或被截断；请重新下载后再检查");
        }
        List<PdfText.Line> lines;
        Map<Integer, Float> heights = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new NotReadable("PDF 中没有任何页面");
            if (pages > limits.maxPdfPages()) {
                throw new NotReadable("PDF 页数过多（" + pages + " 页，上限 " + limits.maxPdfPages() + " 页），不像一份年度报告，未读取");
            }
            guardContent(doc, pages, limits);
            for (int p = 1; p <= pages; p++) heights.put(p, doc.getPage(p - 1).getMediaBox().getHeight());
            lines = PdfText.lines(doc, pages);
            if (lines.stream().mapToInt(l -> l.text().length()).sum() < 20) {
                throw new NotReadable("PDF 没有可读取的文字层（" + pages + " 页，看起来是扫描件或图片）；"
                    + "请提供带文字的 PDF，或 Word、网页版本");
            }
        } catch (InvalidPasswordException e) {
            throw new NotReadable("PDF 已加密（需要打开密码），无法读取；请提供未加密的版本", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged structure (bad xref, broken streams) as IOException or a runtime exception.
            throw new NotReadable("PDF 文件已损坏，无法读取；请重新下载或另存为 PDF 后再检查", e);
        }
        return new Document(PdfLayout.blocks(flow(PdfFurniture.remove(lines, heights)), headings), List.of());
    }

    /** A whole PDF ends with %%EOF (some writers add a few bytes after it). */
    static boolean complete(byte[] b) {
        int from = Math.max(0, b.length - 2048);
        for (int i = b.length - 5; i >= from; i--) {
            if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') return true;
        }
        return false;
    }

    /** Decodes page contents once, counting, so a compressed bomb is refused before text extraction holds it. */
    private static void guardContent(PDDocument doc, int pages, Limits limits) throws IOException, NotReadable {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        for (int p = 0; p < pages; p++) {
            PDPage page = doc.getPage(p);
            try (InputStream in = page.getContents()) {
                int r;
                while ((r = in.read(buf)) > 0) {
                    total += r;
                    if (total > limits.maxPdfContent()) {
                        throw new NotReadable("PDF 页面内容解压后超过 " + Limits.megabytes(limits.maxPdfContent())
                            + "，可能是恶意构造的文件，已拒绝读取");
                    }
                }
            }
        }
    }

    /** Gives every line a continuous vertical position, one line gap across each page break. */
    static List<PdfText.Line> flow(List<PdfText.Line> lines) {
        List<PdfText.Line> out = new ArrayList<>();
        float offset = 0;
        PdfText.Line prev = null;
        for (PdfText.Line l : lines) {
            if (prev != null && l.page() != prev.page()) {
                offset = prev.gy() + 1.5f * Math.max(prev.fs(), l.fs()) - l.y();
            }
            PdfText.Line placed = l.at(l.y() + offset);
            out.add(placed);
            prev = placed;
        }
        return out;
    }
}
