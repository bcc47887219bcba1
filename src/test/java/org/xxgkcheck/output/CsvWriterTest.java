package org.xxgkcheck.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.findings.CheckResult;

/** --format csv on the fixture batch: the bytes Excel needs, one row per file in batch order, RFC 4180 quoting. */
class CsvWriterTest {

    private static byte[] csv() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Format.csv.write(FixtureBatch.results(), List.of(), w);
        }
        return bytes.toByteArray();
    }

    @Test
    void starts_with_the_utf8_byte_order_mark_and_the_chinese_header_and_ends_rows_with_crlf() throws Exception {
        byte[] b = csv();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("文件,机关,机关类型,年度,表格格式,得分,等级,数据需更正,错误,警告,提示,主要问题,无法读取的原因\r\n"), text);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(text.split("\r\n", -1).length - 1, text.split("\n", -1).length - 1, "every line ends with CRLF");
    }

    @Test
    void one_row_per_file_in_batch_order_with_the_values_of_its_result() throws Exception {
        List<List<String>> rows = parse(new String(csv(), StandardCharsets.UTF_8).substring(1));
        List<String> files = FixtureBatch.files();
        assertEquals(files.size() + 1, rows.size());
        for (int i = 0; i < files.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertEquals(13, row.size(), row.toString());
            assertEquals(files.get(i), row.get(0));
        }
        List<String> hongze = rows.get(files.indexOf("fixtures/reports/hongze-district-2023.pdf") + 1);
        assertEquals(List.of("fixtures/reports/hongze-district-2023.pdf", "洪泽区人民政府", "县级以上人民政府", "2023", "混用两种格式",
            "86.5", "良好", "是", "3", "4", "1"), hongze.subList(0, 11));
        assertEquals("[错误] TPL-VERSION 报告年度为 2023 年，表格混用了 2019 年试行格式和 2021 年格式；该年度应使用国办公开办函〔2021〕30号格式；"
            + "[错误] T4-SUM “行政复议”：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，总计为 0；"
            + "[错误] T4-SUM “行政诉讼·复议后起诉”：结果维持 5 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 5，总计为 0", hongze.get(11));
        assertEquals("", hongze.get(12));
        assertEquals(List.of(FixtureBatch.MISSING, "", "", "", "", "", "无法读取", "", "", "", "", "", "文件不存在"), rows.get(rows.size() - 1));
        CheckResult s004 = FixtureBatch.result("fixtures/reports/004_e6d10310d5a8465b.txt");
        List<String> r004 = rows.get(files.indexOf(s004.file()) + 1);
        assertEquals(List.of("77", "良好", "否", "1", "7", "5"), r004.subList(5, 11));
    }

    @Test
    void a_field_with_an_ascii_comma_is_quoted_and_reads_back_whole() throws Exception {
        String text = new String(csv(), StandardCharsets.UTF_8);
        String file = "fixtures/rules/table/T3-SUM-partial-not-in-total.txt";
        String line = text.lines().filter(l -> l.startsWith(file + ",")).findFirst().orElseThrow();
        // The CON-APPS finding quotes the report's own sentence, ASCII commas and all.
        assertTrue(line.contains(",\"[错误] T3-SUM "), line);
        List<String> row = parse(line + "\r\n").get(0);
        assertEquals(13, row.size(), row.toString());
        assertTrue(row.get(11).contains("（“2023年,临江镇线上受理依申请公开0件,线下受理依申请公开5件。”）"), row.get(11));
    }

    @Test
    void fields_are_quoted_as_rfc_4180_says_and_formulas_are_not_run() {
        assertEquals("plain", CsvWriter.field("plain"));
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
        assertEquals("\"他说“好”，\"\"引号\"\"\"", CsvWriter.field("他说“好”，\"引号\""));
        assertEquals("\"两\r\n行\"", CsvWriter.field("两\r\n行"));
        assertEquals("'=SUM(A1:A9)", CsvWriter.field("=SUM(A1:A9)"));
        assertEquals("86.5", CsvWriter.field(86.5));
        assertEquals("90", CsvWriter.field(90.0));
        assertEquals("", CsvWriter.field(null));
    }

    /** RFC 4180 records, for reading the CSV back in the tests. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
