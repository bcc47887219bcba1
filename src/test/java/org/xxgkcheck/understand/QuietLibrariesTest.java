package org.xxgkcheck.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI and PDFBox never speak to the user: files that make them log (a DOCTYPE in a DOCX part, a PDF form that
 * draws itself) or throw in English (a zip entry name that is not UTF-8, a part over POI's size limit) give a
 * Chinese problem and nothing on stderr, and PDFBox writes no font cache into the user's home. Read in a fresh JVM
 * whose home is a temp folder, so what the libraries print and write is seen whatever ran before in this one.
 */
class QuietLibrariesTest {
    @TempDir
    static Path tmp;
    static Map<String, String> problems = new LinkedHashMap<>();
    static String stderr;
    static Path home;
    static List<String> doctypeParts = new ArrayList<>();

    @BeforeAll
    static void readInFreshJvm() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        home = Files.createDirectories(tmp.resolve("home"));
        byte[] docx = Files.readAllBytes(Path.of("fixtures/formats/minimal.docx"));
        Map<String, byte[]> parts = parts(docx);
        for (String name : parts.keySet()) {
            if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
            Map<String, byte[]> changed = new LinkedHashMap<>(parts);
            changed.put(name, withDoctype(parts.get(name)));
            String file = "doctype-" + name.replaceAll("[^A-Za-z0-9.]", "_") + ".docx";
            Files.write(in.resolve(file), zip(changed));
            doctypeParts.add(file + "=" + name);
        }
        Files.write(in.resolve("bad-name.docx"), nonUtf8Name(parts));
        Map<String, byte[]> huge = new LinkedHashMap<>(parts);
        huge.put("word/document.xml", padded(parts.get("word/document.xml"), 120 * 1024 * 1024));
        Files.write(in.resolve("huge-document.docx"), zip(huge));
        Files.write(in.resolve("recursive-form.pdf"), recursiveFormPdf());

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-Dfile.encoding=UTF-8", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
            ReadFiles.class.getName()));
        try (var files = Files.list(in)) {
            files.sorted().forEach(f -> cmd.add(f.toString()));
        }
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "reading took over 120 s");
        stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            problems.put(line.substring(0, colon), line.substring(colon + 2));
        }
    }

    @Test
    void the_libraries_print_nothing() {
        assertEquals("", stderr);
    }

    @Test
    void a_doctype_in_any_part_of_a_docx_is_refused_naming_the_part() {
        assertTrue(doctypeParts.size() >= 8, doctypeParts.toString());
        for (String d : doctypeParts) {
            String file = d.substring(0, d.indexOf('='));
            String part = d.substring(d.indexOf('=') + 1);
            assertEquals("DOCX 中的 " + part + " 含有 DTD 声明（<!DOCTYPE），Word 和 WPS 从不写入，可能是恶意构造的文件，已拒绝读取",
                problems.get(file), file);
        }
    }

    @Test
    void a_zip_entry_name_that_is_not_utf8_is_a_chinese_problem() {
        assertEquals("DOCX 压缩包中有无法识别的文件名（不是 UTF-8 编码），不是 Word 或 WPS 保存的文档，可能已损坏；请在 Word 或 WPS 中打开后另存再检查",
            problems.get("bad-name.docx"));
    }

    @Test
    void a_document_xml_over_the_part_limit_is_a_chinese_problem() {
        assertEquals("DOCX 中的 word/document.xml 解压后超过 32 MB（真实的年度报告整个文档一般不到 5 MB），可能是恶意构造的压缩炸弹，已拒绝读取",
            problems.get("huge-document.docx"));
    }

    /** PDFBox gives up on the 51st level of a form drawing itself; the text around it is still read. */
    @Test
    void a_pdf_form_that_draws_itself_is_read_quietly() {
        assertTrue(problems.containsKey("recursive-form.pdf"), problems.toString());
        assertFalse(problems.get("recursive-form.pdf").contains("损坏"), problems.get("recursive-form.pdf"));
    }

    /** The recursive PDF's Helvetica is not embedded: PDFBox would look for it among the machine's fonts. */
    @Test
    void no_font_cache_in_the_users_home() throws IOException {
        try (var files = Files.list(home)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Path f = Files.createTempFile(tmp, "src", ".docx");
        Files.write(f, docx);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(f.toFile())) {
            for (ZipEntry e : z.stream().toList()) parts.put(e.getName(), z.getInputStream(e).readAllBytes());
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
        }
        return out.toByteArray();
    }

    /** After the XML declaration, a DTD with an internal entity, as an XXE probe would carry. */
    private static byte[] withDoctype(byte[] xml) {
        String s = new String(xml, StandardCharsets.UTF_8);
        int at = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
        return (s.substring(0, at) + "<!DOCTYPE x [<!ENTITY e \"e\">]>" + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** One more entry whose name's bytes are not UTF-8 (0xC3 0x28), without the UTF-8 flag. */
    private static byte[] nonUtf8Name(Map<String, byte[]> parts) throws IOException {
        Map<String, byte[]> more = new LinkedHashMap<>(parts);
        more.put("word/AAAA.xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        byte[] z = zip(more);
        byte[] from = "word/AAAA.xml".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= z.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) match = z[i + j] == from[j];
            if (match) {
                z[i + 5] = (byte) 0xC3;
                z[i + 6] = (byte) 0x28;
            }
        }
        return z;
    }

    /** The XML with a comment of spaces after its declaration, to the given size. */
    private static byte[] padded(byte[] xml, int size) throws IOException {
        String s = new String(xml, StandardCharsets.UTF_8);
        int at = s.indexOf("?>") + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + xml.length);
        out.write(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write("<!--".getBytes(StandardCharsets.US_ASCII));
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int n = 0; n < size; n += spaces.length) out.write(spaces);
        out.write("-->".getBytes(StandardCharsets.US_ASCII));
        out.write(s.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A page with a line of Helvetica text and a form XObject whose content draws the form itself. */
    private static byte[] recursiveFormPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(100, 100));
            PDResources formResources = new PDResources();
            form.setResources(formResources);
            COSName self = formResources.add(form);
            try (OutputStream os = form.getStream().createOutputStream()) {
                os.write(("/" + self.getName() + " Do").getBytes(StandardCharsets.US_ASCII));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Annual report on government information disclosure, 2023");
                cs.endText();
                cs.drawForm(form);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
