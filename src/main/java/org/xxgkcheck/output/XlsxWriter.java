package org.xxgkcheck.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.WaivedFinding;
import org.xxgkcheck.findings.WaiverLedger;

/**
 * The batch as a spreadsheet to file: 排名 (one ranked row per file), 发现 (every finding with its place, the text
 * there and its numbers), 规则 (each rule with how often it fired) and 说明 (how the check was run). Each sheet has
 * its header frozen, a filter on every column and widths that fit Chinese text.
 *
 * <p>Written with POI's streaming workbook: rows go to temporary files as they come (only a window of rows per
 * sheet stays in memory), and the finding rows are written as each report is done; only the one-line summaries
 * wait for the ranking at the end.
 */
final class XlsxWriter implements ResultWriter {
    static final List<String> FINDING_HEADER = List.of("文件", "机关", "级别", "规则", "标题", "位置", "原文", "说明", "左边", "右边",
        "扣分", "依据", "豁免");
    static final List<String> RULE_HEADER = List.of("规则", "级别", "标题", "依据", "涉及报告数", "发现条数", "扣分合计");

    private final OutputStream out;
    private final Run run;
    private final Batch batch = new Batch();
    private SXSSFWorkbook book;
    private Sheet ranking;
    private Sheet findings;
    private Sheet rules;
    private Sheet about;

    XlsxWriter(OutputStream out, Run run) {
        this.out = out;
        this.run = run;
    }

    @Override
    public void begin() {
        book = new SXSSFWorkbook(200);
        book.setCompressTempFiles(true);
        Styles styles = new Styles(book);
        List<String> rankHeader = new ArrayList<>(List.of("名次"));
        rankHeader.addAll(Summary.HEADER);
        ranking = new Sheet(book, "排名", rankHeader, styles, 2);
        findings = new Sheet(book, "发现", FINDING_HEADER, styles, 1);
        rules = new Sheet(book, "规则", RULE_HEADER, styles, 1);
        about = new Sheet(book, "说明", List.of("项目", "内容"), styles, 0);
    }

    @Override
    public void result(CheckResult r) throws IOException {
        batch.add(r);
        String organ = r.report() == null || r.report().organ() == null ? "" : r.report().organ();
        for (Finding f : r.findings()) findings.row(findingRow(r, organ, f, ""));
        for (WaivedFinding w : r.waived()) {
            findings.row(findingRow(r, organ, w.finding(), "已豁免：" + w.waiver().reason() + "（批准人：" + w.waiver().approver()
                + "；有效期至 " + w.waiver().expires() + "）"));
        }
    }

    private static List<Object> findingRow(CheckResult r, String organ, Finding f, String waived) {
        Map<String, Object> e = f.evidence() == null ? Map.of() : f.evidence();
        return java.util.Arrays.asList(r.file(), organ, Words.severity(f.severity()), f.ruleId(), f.title(),
            Where.place(f, r.report()), Where.quote(f, r.snapshot()), f.message(), e.get("left"), e.get("right"), f.points(),
            f.basis(), waived);
    }

    @Override
    public void end(List<WaiverLedger.Status> waivers) throws IOException {
        for (Batch.Ranked x : batch.ranked()) {
            List<Object> row = new ArrayList<>();
            row.add(x.rank());
            row.addAll(x.summary().cells());
            ranking.row(row);
        }
        for (Batch.RuleCount c : batch.rules()) {
            rules.row(List.of(c.id, Words.severity(c.severity), c.title, c.basis == null ? "" : c.basis, c.reports, c.findings, c.points));
        }
        int readable = batch.readable().size();
        about.row(List.of("检查工具", org.xxgkcheck.model.Tool.NAME + " " + run.version()));
        about.row(List.of("规则集", run.ruleSet()));
        about.row(List.of("规则方案", run.profileText()));
        about.row(List.of("检查日期", run.dateText()));
        about.row(List.of("文件数", batch.total()));
        about.row(List.of("完成检查", readable));
        about.row(List.of("无法读取", batch.total() - readable));
        if (readable > 0) {
            about.row(List.of("平均分", Math.round(batch.mean() * 10) / 10.0));
            about.row(List.of("中位数", batch.median()));
        }
        about.row(List.of("数据需更正", (int) batch.dataCorrections()));
        for (Map.Entry<String, Integer> g : batch.grades().entrySet()) about.row(List.of("等级：" + g.getKey(), g.getValue()));
        for (WaiverLedger.Status w : waivers) {
            if (w.status().equals("applied")) continue;
            about.row(List.of("豁免 " + w.waiver().source(), w.waiver().ruleId() + (w.status().equals("expired")
                ? " 已于 " + w.waiver().expires() + " 过期，未生效" : " 没有对应的发现")));
        }
        for (Sheet s : List.of(ranking, findings, rules, about)) s.finish();
        book.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (book == null) return;
        book.dispose();
        book.close();
        book = null;
    }

    /** Header and body styles shared by the sheets. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = book.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = book.createCellStyle();
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            wrap.setWrapText(true);
        }
    }

    /** One sheet: its header, rows appended in order, and the widest text of each column for its width. */
    private static final class Sheet {
        /** Widths in characters of a Latin letter; a Chinese character counts two. */
        private static final int MAX_WIDTH = 60;

        private final SXSSFSheet sheet;
        private final Styles styles;
        private final int[] widths;
        private final int frozenColumns;
        private int rows;

        Sheet(SXSSFWorkbook book, String name, List<String> header, Styles styles, int frozenColumns) {
            this.sheet = book.createSheet(name);
            this.styles = styles;
            this.widths = new int[header.size()];
            this.frozenColumns = frozenColumns;
            SXSSFRow row = sheet.createRow(rows++);
            for (int i = 0; i < header.size(); i++) {
                org.apache.poi.ss.usermodel.Cell c = row.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(styles.header);
                widths[i] = width(header.get(i)) + 2;
            }
        }

        void row(List<?> values) {
            SXSSFRow row = sheet.createRow(rows++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) continue;
                org.apache.poi.ss.usermodel.Cell c = row.createCell(i);
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                    widths[i] = Math.max(widths[i], TextWriter.points(n.doubleValue()).length() + 1);
                } else {
                    String s = v.toString();
                    c.setCellValue(s);
                    int w = width(s);
                    c.setCellStyle(w > MAX_WIDTH ? styles.wrap : styles.text);
                    widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, w) + 1);
                }
            }
        }

        void finish() {
            for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
            sheet.createFreezePane(frozenColumns, 1);
            if (rows > 1) sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, widths.length - 1));
        }

        /** Display width: two for a character outside Latin-1 (Chinese, full-width punctuation), one otherwise. */
        static int width(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); i++) w += s.charAt(i) > 0xFF ? 2 : 1;
            return w;
        }
    }
}
