package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private static final String TEXT = "一、总体情况\n本年度未收取信息处理费。";

    @Test
    void utf8_with_and_without_bom() throws Exception {
        assertEquals(TEXT, Decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, Decoder.decode(bom).text());
    }

    @Test
    void gbk_and_gb18030_are_detected() throws Exception {
        Decoder.Decoded gbk = Decoder.decode(TEXT.getBytes(Charset.forName("GBK")));
        assertEquals(TEXT, gbk.text());
        assertEquals("GB18030", gbk.encoding());
        assertEquals(TEXT, Decoder.decode(TEXT.getBytes(Charset.forName("GB18030"))).text());
    }

    @Test
    void empty_binary_and_other_formats_are_refused_with_a_reason() {
        assertEquals("文件为空", assertThrows(Decoder.NotText.class, () -> Decoder.decode(new byte[0])).getMessage());
        assertTrue(assertThrows(Decoder.NotText.class, () -> Decoder.decode(new byte[] {1, 0, 2, 0, 3}))
            .getMessage().contains("二进制"));
        assertTrue(assertThrows(Decoder.NotText.class, () -> Decoder.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
            .getMessage().contains("PDF"));
        assertTrue(assertThrows(Decoder.NotText.class, () -> Decoder.decode("  \n \n".getBytes(StandardCharsets.US_ASCII)))
            .getMessage().contains("空白"));
    }
}
