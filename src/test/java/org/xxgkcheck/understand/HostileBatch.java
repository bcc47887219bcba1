package org.xxgkcheck.understand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A batch of real reports with hostile files mixed in, to check that one bad file never costs the batch: every
 * {@code oneIn}-th file is one of {@link #KINDS} kinds of hostile input (random bytes, truncations, zip bombs, huge
 * and cyclic PDFs, 100k-deep HTML, one 30 MB line, broken encodings …), the rest are copies of real reports.
 * Each hostile file's name starts with "hostile-" and names its kind, so a check of the output can tell them apart.
 *
 * <p>As a measurement, scripts/hostile-batch.sh writes 5,000 files, checks them under {@code -Xmx256m --jobs 2} and
 * verifies the output with {@link #verify}; BatchUnderSmallHeapTest does the same at a smaller scale.
 */
public final class HostileBatch {
    private HostileBatch() {}

    private static final long MB = 1024L * 1024;

    /** A kind of hostile file: its name (also the file name's ending) and how to make it from a good report's text. */
    record Kind(String name, Maker maker) {}

    interface Maker {
        /** @param good the text of a real report (UTF-8), @param r a seeded random source */
        byte[] make(String good, Random r) throws IOException;
    }

    static final List<Kind> KINDS = List.of(
        new Kind("random.txt", (g, r) -> random(r, 50_000)),
        new Kind("random.pdf", (g, r) -> concat(ascii("%PDF-1.7\n"), random(r, 30_000), ascii("\n%%EOF\n"))),
        new Kind("random.docx", (g, r) -> concat(new byte[] {'P', 'K', 3, 4}, random(r, 30_000))),
        new Kind("random.html", (g, r) -> concat(ascii("<html><body>"), random(r, 30_000))),
        new Kind("empty.txt", (g, r) -> new byte[0]),
        new Kind("blank.txt", (g, r) -> " \n\n\t \r\n".repeat(1000).getBytes(StandardCharsets.US_ASCII)),
        new Kind("nul.txt", (g, r) -> concat(utf8(g.substring(0, 200)), new byte[4096], utf8(g))),
        new Kind("controls.txt", (g, r) -> controls(r)),
        new Kind("cut-40.txt", (g, r) -> Arrays.copyOf(utf8(g), utf8(g).length * 2 / 5)),
        new Kind("cut-mid-char.txt", (g, r) -> cutInsideCharacter(utf8(g))),
        new Kind("cut-5.html", (g, r) -> cut(fixture("formats/minimal.html"), 0.05)),
        new Kind("cut-60.html", (g, r) -> cut(fixture("formats/minimal.html"), 0.6)),
        new Kind("cut-50.md", (g, r) -> cut(fixture("formats/minimal.md"), 0.5)),
        new Kind("cut-60.pdf", (g, r) -> cut(fixture("formats/minimal.pdf"), 0.6)),
        new Kind("cut-60.docx", (g, r) -> cut(fixture("formats/minimal.docx"), 0.6)),
        new Kind("gbk-cut.txt", (g, r) -> cut(g.getBytes(Charset.forName("GBK")), 0.5)),
        new Kind("utf16le-cut.txt", (g, r) -> cut(g.getBytes(StandardCharsets.UTF_16LE), 0.5)),
        new Kind("utf16be-odd.txt", (g, r) -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, g.getBytes(StandardCharsets.UTF_16BE), new byte[] {0x4E})),
        new Kind("zip-bomb.docx", (g, r) -> HostileInputs.zipBomb(150 * MB)),
        new Kind("many-entries.docx", (g, r) -> HostileInputs.manyEntries(5000)),
        new Kind("xxe.docx", (g, r) -> HostileInputs.zip("word/document.xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"))),
        new Kind("laughs.docx", (g, r) -> HostileInputs.zip("word/document.xml", utf8(laughs()))),
        new Kind("not-word.docx", (g, r) -> HostileInputs.zip("xl/workbook.xml", utf8("<workbook/>"))),
        new Kind("content-bomb.pdf", (g, r) -> HostileInputs.contentBombPdf()),
        new Kind("pages.pdf", (g, r) -> manyPages(2000)),
        new Kind("cyclic.pdf", (g, r) -> cyclicPdf()),
        new Kind("scanned.pdf", (g, r) -> HostileInputs.scannedPdf()),
        new Kind("encrypted.pdf", (g, r) -> HostileInputs.encryptedPdf()),
        new Kind("deep.html", (g, r) -> deepHtml(100_000)),
        new Kind("wide.html", (g, r) -> wideHtml(3000, 30)),
        new Kind("one-line.txt", (g, r) -> oneLine(30 * MB)),
        new Kind("repeated-50mb.txt", (g, r) -> repeated(utf8(g), 50 * MB)),
        new Kind("word97.htm", (g, r) -> HostileInputs.word97()),
        new Kind("image.pdf", (g, r) -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, random(r, 10_000))),
        new Kind("no-report.html", (g, r) -> HostileInputs.noReportPage()));

    /** Number of hostile kinds. */
    public static final int COUNT = KINDS.size();

    /**
     * Writes {@code total} files into {@code dir}: every {@code oneIn}-th is hostile (kinds in turn), the others
     * copies of the good files in turn. The file over the size cap is written sparse, once per round of kinds.
     * @return the names of the hostile files
     */
    public static List<String> write(Path dir, int total, int oneIn, List<Path> good) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(12);
        String text = Files.readString(good.stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow(),
            StandardCharsets.UTF_8);
        List<byte[]> made = new ArrayList<>();
        for (Kind k : KINDS) made.add(k.maker().make(text, r));
        List<String> hostile = new ArrayList<>();
        int h = 0;
        int g = 0;
        for (int i = 0; i < total; i++) {
            String n = String.format("%05d-", i);
            if (i % oneIn == oneIn - 1) {
                int k = h++ % (COUNT + 1);
                if (k == COUNT) {
                    String name = n + "hostile-over-cap.pdf";
                    sparse(dir.resolve(name), 65 * MB);
                    hostile.add(name);
                    continue;
                }
                String name = n + "hostile-" + KINDS.get(k).name();
                Files.write(dir.resolve(name), made.get(k));
                hostile.add(name);
            } else {
                Path src = good.get(g++ % good.size());
                Files.copy(src, dir.resolve(n + src.getFileName()));
            }
        }
        return hostile;
    }

    /** Every report file under the given files and folders (sorted), to be copied as the good ones. */
    public static List<Path> reports(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|md|html|htm|docx|pdf)$")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /**
     * {@code DIR TOTAL ONE_IN GOOD…} writes the batch and prints how many hostile files it holds;
     * {@code --verify DIR RESULTS.jsonl} checks a run's output: one result per file, every good file read (no
     * input problem), every hostile file with a problem. Exits 1 when the run lost anything.
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--verify")) {
            List<String> lost = verify(Path.of(args[1]), Path.of(args[2]));
            lost.forEach(System.out::println);
            System.out.println(lost.isEmpty() ? "every file has its result" : lost.size() + " files lost");
            System.exit(lost.isEmpty() ? 0 : 1);
        }
        Path dir = Path.of(args[0]);
        List<Path> roots = new ArrayList<>();
        for (int i = 3; i < args.length; i++) roots.add(Path.of(args[i]));
        List<String> hostile = write(dir, Integer.parseInt(args[1]), Integer.parseInt(args[2]), reports(roots));
        System.out.println(hostile.size() + " hostile files of " + (COUNT + 1) + " kinds in " + dir);
    }

    /** What a run lost: files without a result, good files not read, hostile files without a problem. */
    public static List<String> verify(Path dir, Path jsonl) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> results = new java.util.HashMap<>();
        try (Stream<String> lines = Files.lines(jsonl)) {
            for (String l : (Iterable<String>) lines::iterator) {
                com.fasterxml.jackson.databind.JsonNode r = json.readTree(l);
                results.put(Path.of(r.get("file").asText()).getFileName().toString(), r);
            }
        }
        List<String> lost = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                com.fasterxml.jackson.databind.JsonNode r = results.get(name);
                if (r == null) {
                    lost.add(name + ": no result");
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode problems = r.get("problems");
                if (name.contains("-hostile-")) {
                    if (problems.isEmpty()) lost.add(name + ": hostile file without a problem");
                } else {
                    for (com.fasterxml.jackson.databind.JsonNode p : problems) {
                        if (p.get("kind").asText().equals("input")) lost.add(name + ": " + p.get("message").asText());
                    }
                }
            }
        }
        return lost;
    }

    private static byte[] fixture(String path) throws IOException {
        return Files.readAllBytes(Path.of("fixtures").resolve(path));
    }

    private static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static byte[] cut(byte[] b, double share) { return Arrays.copyOf(b, (int) (b.length * share)); }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** Text whose every third character is a control character. */
    private static byte[] controls(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30_000; i++) sb.append(i % 3 == 0 ? (char) (1 + r.nextInt(8)) : '字');
        return utf8(sb.toString());
    }

    /** A UTF-8 report cut two thirds in, inside a three-byte character. */
    static byte[] cutInsideCharacter(byte[] b) {
        int at = b.length * 2 / 3;
        while ((b[at] & 0xC0) != 0x80 || (b[at - 1] & 0xC0) != 0xC0 && (b[at - 1] & 0xE0) != 0xE0) at++;
        return Arrays.copyOf(b, at);
    }

    private static String laughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i < 12; i++) sb.append("<!ENTITY ").append((char) ('a' + i)).append(" \"").append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
        return sb.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&l;</w:t></w:r></w:p></w:body></w:document>").toString();
    }

    private static byte[] manyPages(int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < n; i++) doc.addPage(new PDPage());
            return save(doc);
        }
    }

    /** A page tree whose second page lists the root among its kids: a cycle for a reader that walks it. */
    private static byte[] cyclicPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            var root = doc.getDocumentCatalog().getPages().getCOSObject();
            COSArray kids = (COSArray) root.getDictionaryObject(COSName.KIDS);
            kids.add(root);
            root.setInt(COSName.COUNT, 3);
            return save(doc);
        }
    }

    private static byte[] deepHtml(int depth) {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth)).append("一、总体情况").append("</div>".repeat(depth));
        return utf8(sb.append("</body></html>").toString());
    }

    private static byte[] wideHtml(int rows, int cols) {
        StringBuilder sb = new StringBuilder("<html><body><p>一、总体情况</p><table>");
        for (int i = 0; i < rows; i++) {
            sb.append("<tr>");
            for (int j = 0; j < cols; j++) sb.append("<td rowspan=999 colspan=99>").append(i * j).append("</td>");
            sb.append("</tr>");
        }
        return utf8(sb.append("</table></body></html>").toString());
    }

    /** One line of Chinese text without a break, {@code bytes} long. */
    private static byte[] oneLine(long bytes) {
        return repeated(utf8("政府信息公开工作年度报告"), bytes);
    }

    /** A report over and over: a file under the size cap that is costly to hold. */
    private static byte[] repeated(byte[] unit, long bytes) {
        byte[] b = new byte[(int) (bytes / unit.length * unit.length)];
        for (int i = 0; i < b.length; i += unit.length) System.arraycopy(unit, 0, b, i, unit.length);
        return b;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    static void sparse(Path p, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(ascii("%PDF-1.7\n"));
            f.setLength(bytes);
        }
    }
}
