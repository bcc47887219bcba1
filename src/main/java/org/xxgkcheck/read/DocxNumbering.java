package org.xxgkcheck.read;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * Rebuilds the numbers Word generates from numbering.xml: a heading stored as "总体情况" with a numbering
 * reference prints as "一、总体情况". Counters run per list in document order, deeper levels restart when a
 * higher level advances, and each level's lvlText ("%1、", "（%2）") is filled in its numFmt.
 */
final class DocxNumbering {
    private final XWPFDocument doc;
    private final Map<String, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFDocument doc) { this.doc = doc; }

    private record Ref(BigInteger numId, int level) {}

    /** The generated number of a paragraph ("一、", "1.", "（二）"), or "" when it has none. */
    String prefix(XWPFParagraph p) {
        Ref ref = ref(p);
        XWPFNumbering numbering = doc.getNumbering();
        if (ref == null || numbering == null) return "";
        XWPFNum num = numbering.getNum(ref.numId());
        if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
        BigInteger absId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abs = numbering.getAbstractNum(absId);
        if (abs == null) return "";
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
            int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
            if (i >= 0 && i < 9) levels[i] = l;
        }
        int[] starts = new int[9];
        for (int i = 0; i < 9; i++) starts[i] = start(levels[i]);
        boolean overridden = false;
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            int i = o.getIlvl() == null ? 0 : o.getIlvl().intValue();
            if (i < 0 || i >= 9) continue;
            if (o.getLvl() != null) levels[i] = o.getLvl();
            if (o.getStartOverride() != null) starts[i] = o.getStartOverride().getVal().intValue();
            overridden = true;
        }
        CTLvl lvl = levels[ref.level()];
        if (lvl == null || lvl.getLvlText() == null) return "";
        int[] c = counters.computeIfAbsent(overridden ? "num" + ref.numId() : "abs" + absId, k -> unset());
        c[ref.level()] = c[ref.level()] == Integer.MIN_VALUE ? starts[ref.level()] : c[ref.level()] + 1;
        for (int i = ref.level() + 1; i < 9; i++) c[i] = Integer.MIN_VALUE;
        String text = lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
        for (int i = 0; i < 9; i++) {
            String token = "%" + (i + 1);
            if (!text.contains(token)) continue;
            int value = c[i] == Integer.MIN_VALUE ? starts[i] : c[i];
            text = text.replace(token, NumberFormats.format(value, format(levels[i])));
        }
        return "bullet".equals(format(lvl)) ? "" : text;
    }

    private static int[] unset() {
        int[] c = new int[9];
        Arrays.fill(c, Integer.MIN_VALUE);
        return c;
    }

    private static int start(CTLvl l) {
        return l == null || l.getStart() == null ? 1 : l.getStart().getVal().intValue();
    }

    private static String format(CTLvl l) {
        return l == null || l.getNumFmt() == null ? "decimal" : l.getNumFmt().getVal().toString();
    }

    /** The numbering of the paragraph itself, else of its style chain; numId 0 switches numbering off. */
    private Ref ref(XWPFParagraph p) {
        CTNumPr own = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getNumPr();
        if (own != null && own.getNumId() != null) return ref(own.getNumId().getVal(), own, own);
        String styleId = p.getStyleID();
        for (int depth = 0; styleId != null && doc.getStyles() != null && depth < 10; depth++) {
            XWPFStyle style = doc.getStyles().getStyle(styleId);
            if (style == null) break;
            CTPPrBase ppr = style.getCTStyle().getPPr();
            CTNumPr numPr = ppr == null ? null : ppr.getNumPr();
            if (numPr != null && numPr.getNumId() != null) return ref(numPr.getNumId().getVal(), own, numPr);
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The level comes from the paragraph when it names one, else from where the list was found. */
    private static Ref ref(BigInteger numId, CTNumPr own, CTNumPr found) {
        if (numId == null || numId.signum() == 0) return null;
        CTNumPr lv = own != null && own.getIlvl() != null ? own : found;
        int level = lv.getIlvl() == null ? 0 : Math.max(0, Math.min(8, lv.getIlvl().getVal().intValue()));
        return new Ref(numId, level);
    }
}
