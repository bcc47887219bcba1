package org.xxgkcheck.understand;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.xxgkcheck.read.TestDocs;

/** Bad and hostile inputs made in code (nothing large is committed), each with the file name it is checked under (also sent to the service in ServeApiTest). */
public final class HostileInputs {
    private HostileInputs() {}

    static final long MB = 1024L * 1024;

    /** Name → content; the 200 MB file is made separately on disk (bigFile). */
    public static Map<String, byte[]> all() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("scanned.pdf", scannedPdf());
        m.put("encrypted.pdf", encryptedPdf());
        m.put("content-bomb.pdf", contentBombPdf());
        m.put("truncated.pdf", truncate(TestDocs.fixture("formats/minimal.pdf"), 0.6));
        m.put("damaged.pdf", damagedPdf());
        m.put("not-a-pdf.pdf", "这只是一段文字，不是 PDF。".getBytes(StandardCharsets.UTF_8));
        m.put("zip-bomb.docx", zipBomb(150 * MB));
        m.put("many-entries.docx", manyEntries(5000));
        m.put("truncated.docx", truncate(TestDocs.fixture("formats/minimal.docx"), 0.6));
        m.put("spreadsheet.docx", zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
        m.put("word97.htm", word97());
        m.put("no-report.html", noReportPage());
        m.put("empty.txt", new byte[0]);
        return m;
    }

    /** A column page listing reports, holding none. */
    static byte[] noReportPage() {
        return ("<html><head><title>年度报告栏目</title></head><body><div class=nav>首页</div><ul class=list>"
            + "<li><a href=a.html>2023年政府信息公开工作年度报告</a></li></ul><div class=footer>版权所有</div></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    }

    static Path bigFile(Path dir, long bytes) throws IOException {
        Path p = dir.resolve("big.pdf");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(bytes);
        }
        return p;
    }

    /** A PDF header and trailer around noise. */
    static byte[] damagedPdf() {
        byte[] noise = new byte[20000];
        new java.util.Random(1).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(noise);
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] truncate(byte[] b, double share) {
        return Arrays.copyOf(b, (int) (b.length * share));
    }

    static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 50, 50, 500, 700);
                }
            }
            return save(doc);
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(TestDocs.fixture("formats/minimal.pdf"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** One page whose content stream inflates to 100 MB of blanks (a few hundred KB on disk). */
    static byte[] contentBombPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            InputStream blanks = new InputStream() {
                long left = 100 * MB;
                @Override public int read() { return left-- > 0 ? ' ' : -1; }
                @Override public int read(byte[] b, int off, int len) {
                    if (left <= 0) return -1;
                    int n = (int) Math.min(len, left);
                    Arrays.fill(b, off, off + n, (byte) ' ');
                    left -= n;
                    return n;
                }
            };
            page.setContents(new PDStream(doc, blanks, COSName.FLATE_DECODE));
            return save(doc);
        }
    }

    static byte[] zipBomb(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] zeros = new byte[(int) MB];
            for (long i = 0; i < size / MB; i++) zip.write(zeros);
        }
        return out.toByteArray();
    }

    static byte[] manyEntries(int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < n; i++) zip.putNextEntry(new ZipEntry("word/x" + i + ".xml"));
        }
        return out.toByteArray();
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }

    /** The start of an OLE compound file holding a "WordDocument" stream, as Word 97-2003 writes .doc. */
    static byte[] word97() {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        byte[] name = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, b, 1024, name.length);
        return b;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** @return how many files were written */
    static int writeAll(Path dir) throws IOException {
        Map<String, byte[]> all = all();
        for (Map.Entry<String, byte[]> e : all.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
        return all.size();
    }
}
