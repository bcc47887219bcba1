package org.xxgkcheck.read;

import org.xxgkcheck.template.Labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LabelsAndNumbersTest {
    private static final org.xxgkcheck.template.TableSpec T2 = TestDocs.templates().table("T2");
    private static final org.xxgkcheck.template.TableSpec T3 = TestDocs.templates().table("T3");


    @Test
    void labels_normalise_brackets_spaces_line_breaks_and_quotes() {
        assertEquals("(三)不予公开", Labels.normalize("（三）不\n予公开"));
        assertEquals("(四)无法提供", Labels.normalize("( 四)无\n法提供"));
        assertEquals("3.危及三安全一稳定", Labels.normalize("3.危及\"三安全一稳定\""));
        assertEquals("3.危及三安全一稳定", Labels.normalize("3.危及“三安全一稳定”"));
        assertEquals("规章", Labels.normalize("规　　章"));
        assertEquals("不予处理", Labels.core("(五 )不\n予处理"));
        assertEquals("予以公开", Labels.core("三、（一）予以公开"));
    }

    @Test
    void table_rows_are_found_by_label_and_alias() {
        assertEquals("DENY_2", T3.row("2.其他法律法规禁止公开").key());
        assertEquals("DENY_2", T3.row("2.其他法律行政法规禁止公开").key());
        assertEquals("NOPROC_4", T3.row("4.无正当理由大量反复申请").key());
        assertEquals("NOPROC_2", T3.row("2.重复申请").key());
        assertEquals("OTHER_2", T3.row("2.申请人逾期未按收费通知要求缴 纳费用、行政机关不再处理其政府信 息公开申请").key());
        assertEquals("OTHER", T3.row("（六）其他处理").key());
        assertEquals("TOTAL_RES", T3.row("(七)总计").key());
        assertEquals("DENY_2", T3.row("2.其他法律行政止公开").key(), "洪泽区的误印");
        assertEquals("alias", T3.row("2.其他法律法规禁止公开").match().name().toLowerCase());
        assertEquals("NORM", T2.row("规范性文件（本单位制发的）").key());
        assertEquals("AMT", T2.column("本年收费金额（单位：万元，保留4位小数）").key());
        assertEquals("VALID", T2.column("先行有效件数").key(), "a typo listed as a variant");
    }

    @Test
    void cell_values_blank_placeholders_full_width_and_units() {
        assertTrue(Numbers.parse("").blank());
        assertTrue(Numbers.parse("—").blank());
        assertTrue(Numbers.parse("/").blank());
        assertTrue(Numbers.parse("-").blank());
        assertTrue(Numbers.parse("无").blank());
        assertTrue(Numbers.parse("　").blank());
        assertEquals(new BigDecimal("0"), Numbers.parse("0　").number());
        assertEquals(new BigDecimal("12"), Numbers.parse("１２").number());
        assertEquals(new BigDecimal("3119"), Numbers.parse("3,119").number());
        assertEquals(new BigDecimal("-3"), Numbers.parse("-3").number());
        assertEquals(new BigDecimal("0.3500"), Numbers.parse("0.3500").number());
        assertEquals(new BigDecimal("251000"), Numbers.parse("251000元").number());
        assertNull(Numbers.parse("商业企业").number());
        assertFalse(Numbers.parse("1.属于国家秘密").valueLike());
    }
}
