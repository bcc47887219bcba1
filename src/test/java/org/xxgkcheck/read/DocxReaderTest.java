package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.xxgkcheck.understand.ReportReader;

class DocxReaderTest {

    @Test
    void heading_numbers_generated_by_word_are_rebuilt_from_numbering_definitions() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(abs, 2, STNumberFormat.DECIMAL, "%3.");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            String[][] paras = {{"0", "总体情况"}, {"1", "主动公开情况"}, {"1", "依申请公开情况"}, {"0", "主动公开政府信息情况"},
                {"1", "规章"}, {"2", "属于国家秘密"}, {"2", "其他法律行政法规禁止公开"}, {"-", "正文段落"}, {"0", "收到和处理政府信息公开申请情况"}};
            for (String[] p : paras) {
                XWPFParagraph para = doc.createParagraph();
                if (!p[0].equals("-")) {
                    para.setNumID(numId);
                    para.setNumILvl(BigInteger.valueOf(Integer.parseInt(p[0])));
                }
                para.createRun().setText(p[1]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        assertEquals(List.of("一、总体情况", "（一）主动公开情况", "（二）依申请公开情况", "二、主动公开政府信息情况", "（一）规章",
                "1.属于国家秘密", "2.其他法律行政法规禁止公开", "正文段落", "三、收到和处理政府信息公开申请情况"),
            TestDocs.texts(DocxReader.read(docx, Limits.DEFAULT)));
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
        CTLvl l = abs.addNewLvl();
        l.setIlvl(BigInteger.valueOf(ilvl));
        l.addNewStart().setVal(BigInteger.ONE);
        l.addNewNumFmt().setVal(fmt);
        l.addNewLvlText().setVal(text);
    }

    @Test
    void number_formats_print_as_word_prints_them() {
        assertEquals("十一", NumberFormats.format(11, "chineseCounting"));
        assertEquals("二十三", NumberFormats.format(23, "chineseCountingThousand"));
        assertEquals("③", NumberFormats.format(3, "decimalEnclosedCircle"));
        assertEquals("丙", NumberFormats.format(3, "ideographTraditional"));
        assertEquals("iv", NumberFormats.format(4, "lowerRoman"));
    }

    @Test
    void grid_span_and_vertical_merges_become_empty_cells() throws Exception {
        byte[] template;
        try (InputStream in = getClass().getResourceAsStream("/docx/template-2021-blank.docx")) {
            template = in.readAllBytes();
        }
        Document doc = DocxReader.read(template, Limits.DEFAULT);
        List<Document.Grid> grids = TestDocs.grids(doc);
        assertEquals(3, grids.size());
        List<Document.Row> t3 = grids.get(1).rows();
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""),
            t3.get(0).cells());
        assertEquals(List.of("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"), t3.get(1).cells());
        assertEquals(List.of("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""), t3.get(2).cells());
        assertEquals(List.of("", "（三）不予公开", "1.属于国家秘密", "", "", "", "", "", "", ""), t3.get(7).cells());
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开", "", "", "", "", "", "", ""), t3.get(8).cells());
        assertEquals(List.of("行政许可", "", "", ""), grids.get(0).rows().get(6).cells());
        assertEquals(15, grids.get(2).rows().get(3).cells().size());
    }

    @Test
    void a_filled_template_reads_into_parts_and_template_cells() throws Exception {
        ReportReader.Parsed p = ReportReader.read("minimal.docx", TestDocs.fixture("formats/minimal.docx"), org.xxgkcheck.check.TestRules.book().data().templates());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), TestDocs.parts(p));
        assertEquals("docx", p.info().format());
        assertEquals(List.of("3", "1", "0", "0", "0", "0", "3"), TestDocs.rows(p).get("T3.OPEN"));
        assertEquals(List.of("0", "", "0", "0", "0", "0", "0"), TestDocs.rows(p).get("T3.DENY_5"));
        assertEquals(List.of("1.25"), TestDocs.rows(p).get("T2.FEE"));
        assertTrue(p.problems().isEmpty(), p.problems().toString());
    }

    @Test
    void a_report_boxed_in_a_layout_table_reads_as_flowing_text_with_its_tables() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            org.apache.poi.xwpf.usermodel.XWPFTableCell box = doc.createTable(1, 1).getRow(0).getCell(0);
            box.getParagraphs().get(0).createRun().setText("一、总体情况");
            box.addParagraph().createRun().setText("正文".repeat(210));
            box.addParagraph().createRun().setText("二、主动公开政府信息情况");
            org.apache.poi.xwpf.usermodel.XWPFTable inner = box.insertNewTbl(box.addParagraph().getCTP().newCursor());
            inner.createRow().createCell().setText("规章");
            box.addParagraph().createRun().setText("六、其他需要报告的事项");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        Document read = DocxReader.read(docx, Limits.DEFAULT);
        List<String> texts = TestDocs.texts(read);
        assertEquals("一、总体情况", texts.get(0));
        assertEquals("二、主动公开政府信息情况", texts.get(2));
        assertEquals("六、其他需要报告的事项", texts.get(texts.size() - 1));
    }
}
