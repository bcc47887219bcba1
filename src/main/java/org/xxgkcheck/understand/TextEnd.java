package org.xxgkcheck.understand;

import java.util.List;
import java.util.regex.Pattern;
import org.xxgkcheck.read.Document;

/**
 * Whether a text report (txt, md) ends before its end. A text file has no closing mark, so the sign is the shape of
 * its end: it stops inside a table, or in the middle of a sentence. Every real report in the fixtures, seeds and
 * corpus ends with a finished sentence (。), a date, or a short line (a signature, “无”), in part 六 or, when it leaves
 * parts out, in the last part it has; a file cut at a random place almost never does.
 */
final class TextEnd {
    private TextEnd() {}

    /** What a finished line ends with: a full stop or closing mark, or a date (the signature date of a report). */
    private static final Pattern FINISHED = Pattern.compile(
        ".*(?:[。！？!?；;…”’\"）)】」』.]|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})$");
    /** A short line without a comma: a signature (the issuing body) or a heading-like closing line. */
    private static final int SIGNATURE = 20;

    /** The Chinese note when the text was cut off, or null. */
    static String cut(List<Document.Block> blocks, List<Outline.Heading> headings) {
        if (blocks.isEmpty() || headings.isEmpty()) return null;
        int last = headings.stream().mapToInt(Outline.Heading::part).max().orElse(0);
        Document.Block end = blocks.get(blocks.size() - 1);
        if (end instanceof Document.Grid) return note(last, "在表格中间结束");
        String t = ((Document.Text) end).text().strip();
        if (FINISHED.matcher(t).matches()) return null;
        if (t.length() <= SIGNATURE && !t.contains("，") && !t.contains(",")) return null;
        return note(last, "在一句话的中间结束");
    }

    private static String note(int lastPart, String how) {
        String where = lastPart >= 6 ? "正文在第六部分" + how
            : "正文到第" + org.xxgkcheck.template.TemplateBook.numeral(lastPart) + "部分就" + how + "，没有第六部分";
        return "文件似乎不完整：" + where + "，可能下载中断或文件被截断；缺少的内容未能检查，请确认文件是否完整";
    }
}
