package org.xxgkcheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.xxgkcheck.understand.ReportReader;

/**
 * Which files of a folder walk are reports. A folder of reports downloaded by an inspector also holds notes,
 * README files, spreadsheets and hidden files; counting them as unreadable reports would make every walk exit 2.
 * A file is skipped, in this order, when:
 * <ol>
 *   <li>its name, or a folder's name between the walked folder and it, starts with "." (hidden), or the name
 *       starts with "~$" (a Word lock file);</li>
 *   <li>its extension is not a report format (.txt .md .markdown .html .htm .docx .pdf);</li>
 *   <li>its name before the first dot is a conventional name of a non-report file (README, LICENSE, 说明 …);</li>
 *   <li>it is a text file (.txt .md .markdown) that decodes as text, whose name has neither 报告 nor 年报, and
 *       whose first 64 KB contain neither 信息公开 nor a word of any part heading (总体情况, 主动公开, 依申请,
 *       行政复议, 存在的主要问题, 其他需要报告) — every report, even a damaged one, has its title or a heading there.</li>
 * </ol>
 * Files named on the command line are never skipped: a named file that cannot be read still exits 2.
 */
public final class ReportFiles {
    private ReportFiles() {}

    /** A skipped file, shown as walked, and the reason group it falls in. */
    public record Skipped(String file, Reason reason) {}

    /** The reason groups, in the order of the rule above, with their Chinese names for the stderr note. */
    public enum Reason {
        HIDDEN("隐藏文件或临时文件"), FORMAT("不是可读取的报告格式"), NAME("说明、许可等文档"), CONTENT("文本中没有“信息公开”或任何部分标题中的词");

        public final String chinese;

        Reason(String chinese) { this.chinese = chinese; }
    }

    /** The reports of a walk, sorted, and the files skipped. */
    public record Walk(List<Path> reports, List<Skipped> skipped) {}

    private static final Set<String> NON_REPORT_NAMES = Set.of("readme", "license", "licence", "copying", "notice",
        "changelog", "changes", "history", "authors", "contributors", "contributing", "todo", "makefile", "说明", "使用说明");
    private static final Set<String> TEXT = Set.of("txt", "md", "markdown");
    private static final List<String> REPORT_WORDS = List.of("信息公开", "总体情况", "主动公开", "依申请", "行政复议", "存在的主要问题", "其他需要报告");
    private static final int SNIFF_BYTES = 64 * 1024;

    public static Walk walk(Path folder) throws IOException {
        List<Path> reports = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Reason r = notReport(folder, f);
            if (r == null) reports.add(f);
            else skipped.add(new Skipped(f.toString().replace('\\', '/'), r));
        }
        return new Walk(reports, skipped);
    }

    /** Why a walked file is not a report; null when it is to be checked. */
    static Reason notReport(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$")) return Reason.HIDDEN;
        }
        String name = file.getFileName().toString();
        String ext = ReportReader.extension(name);
        if (!ReportReader.SUPPORTED.contains(ext)) return Reason.FORMAT;
        int dot = name.indexOf('.');
        if (NON_REPORT_NAMES.contains((dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT))) return Reason.NAME;
        if (TEXT.contains(ext) && !name.contains("报告") && !name.contains("年报") && !mentionsReport(file)) return Reason.CONTENT;
        return null;
    }

    /**
     * Whether the start of a text file has a word every report has, read as UTF-8, GBK/GB18030 or UTF-16 (the
     * encodings the reader accepts). Files that cannot be read, empty or blank, binary, full of control characters or
     * garbled ones count as reports:
     * the check then says what is wrong with them.
     */
    private static boolean mentionsReport(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return true;
        }
        if (head.length == 0) return true;
        for (byte b : head) if (b == 0 && !utf16(head)) return true;
        // Only white space, or mostly control characters: an empty or broken file, for the check to explain.
        String utf8 = new String(head, StandardCharsets.UTF_8);
        if (utf8.isBlank() || utf8.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count() * 20 > utf8.length()) return true;
        boolean decodes = false;
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16)) {
            String text = new String(head, cs);
            if (REPORT_WORDS.stream().anyMatch(text::contains)) return true;
            decodes |= text.chars().filter(c -> c == '\uFFFD').count() * 100 <= text.length();
        }
        // Text in none of the encodings (garbled, or another binary format) is for the check to explain.
        return !decodes;
    }

    private static boolean utf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }
}
