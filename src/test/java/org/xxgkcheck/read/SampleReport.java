package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A report written from code: title, front matter, the six parts' text and the values of tables 二 三 四 in
 * the 2021 layout, with the template's merged cells as spans. Test fixtures in every format are made from one
 * such report (SampleWriters, SampleDocx).
 */
record SampleReport(String title, List<String> front, List<List<String>> parts, List<String> t2, List<List<String>> t3,
                    List<String> t4) {

    static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    static final List<String> T3_LABELS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
        "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
        "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计", "四、结转下年度继续办理");

    /** A cell as written, spanning rows and columns. */
    record Span(String text, int rows, int cols) {
        static Span of(String text) { return new Span(text, 1, 1); }
    }

    /**
     * The fixture fixtures/formats/minimal.*: a 2023 county report with three defects the rules must find in every
     * format: 予以公开's 总计 is 3 although 3 + 1 = 4 (T3-ROWTOTAL), so the 总计 column's （七）总计 6 differs from
     * its rows' sum 5 (T3-SUM), and part 六 says only "无。" (NAR-FEE). One cell of table 三 is left blank.
     */
    static SampleReport minimal() {
        List<List<String>> t3 = new ArrayList<>();
        for (int r = 0; r < 25; r++) t3.add(new ArrayList<>(List.of("0", "0", "0", "0", "0", "0", "0")));
        t3.set(0, List.of("5", "1", "0", "0", "0", "0", "6"));
        t3.set(1, List.of("1", "0", "0", "0", "0", "0", "1"));
        t3.set(2, List.of("3", "1", "0", "0", "0", "0", "3"));
        t3.set(3, List.of("1", "0", "0", "0", "0", "0", "1"));
        t3.set(8, List.of("0", "", "0", "0", "0", "0", "0"));
        t3.set(12, List.of("1", "0", "0", "0", "0", "0", "1"));
        t3.set(23, List.of("5", "1", "0", "0", "0", "0", "6"));
        t3.set(24, List.of("1", "0", "0", "0", "0", "0", "1"));
        return new SampleReport("示例县人民政府2023年政府信息公开工作年度报告",
            List.of("本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。"),
            List.of(List.of("2023年，示例县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开、依申请公开、政府信息管理、平台建设和监督保障各项工作有序开展。"),
                List.of(), List.of(), List.of(),
                List.of("政策解读形式较为单一，下一步将丰富解读形式，提高解读质量。"),
                List.of("无。")),
            List.of("0", "0", "0", "2", "1", "15", "120", "35", "4", "1.25"), t3,
            List.of("1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
    }

    List<List<Span>> table2() {
        List<List<Span>> rows = new ArrayList<>();
        String[][] blocks = {{"第二十条第（一）项", "本年制发件数", "规章", "行政规范性文件"}, {"第二十条第（五）项", "本年处理决定数量", "行政许可"},
            {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "行政强制"}, {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费"}};
        int v = 0;
        for (String[] b : blocks) {
            rows.add(List.of(new Span(b[0], 1, 4)));
            boolean three = b[1].equals("本年制发件数");
            rows.add(three ? List.of(Span.of("信息内容"), Span.of("本年制发件数"), Span.of("本年废止件数"), Span.of("现行有效件数"))
                : List.of(Span.of("信息内容"), new Span(b[1], 1, 3)));
            for (int i = 2; i < b.length; i++) {
                List<Span> row = new ArrayList<>(List.of(Span.of(b[i])));
                if (three) for (int k = 0; k < 3; k++) row.add(Span.of(t2.get(v++)));
                else row.add(new Span(t2.get(v++), 1, 3));
                rows.add(row);
            }
        }
        return rows;
    }

    List<List<Span>> table3() {
        List<List<Span>> rows = new ArrayList<>();
        rows.add(List.of(new Span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new Span("申请人情况", 1, 7)));
        rows.add(List.of(new Span("自然人", 2, 1), new Span("法人或其他组织", 1, 5), new Span("总计", 2, 1)));
        rows.add(List.of(Span.of("商业企业"), Span.of("科研机构"), Span.of("社会公益组织"), Span.of("法律服务机构"), Span.of("其他")));
        for (int r = 0; r < 25; r++) {
            List<Span> row = new ArrayList<>();
            String label = T3_LABELS.get(r);
            if (r == 0 || r == 1 || r == 24) row.add(new Span(label, 1, 3));
            else {
                if (r == 2) row.add(new Span("三、本年度办理结果", 22, 1));
                if (r == 2 || r == 3 || r == 23) row.add(new Span(label, 1, 2));
                else {
                    String group = switch (r) {
                        case 4 -> "（三）不予公开"; case 12 -> "（四）无法提供"; case 15 -> "（五）不予处理"; case 20 -> "（六）其他处理";
                        default -> null;
                    };
                    int span = switch (r) { case 4 -> 8; case 12 -> 3; case 15 -> 5; case 20 -> 3; default -> 1; };
                    if (group != null) row.add(new Span(group, span, 1));
                    row.add(Span.of(label));
                }
            }
            for (String v : t3.get(r)) row.add(Span.of(v));
            rows.add(row);
        }
        return rows;
    }

    List<List<Span>> table4() {
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<List<Span>> rows = new ArrayList<>();
        rows.add(List.of(new Span("行政复议", 1, 5), new Span("行政诉讼", 1, 10)));
        List<Span> second = new ArrayList<>();
        for (String f : five) second.add(new Span(f, 2, 1));
        second.add(new Span("未经复议直接起诉", 1, 5));
        second.add(new Span("复议后起诉", 1, 5));
        rows.add(second);
        List<Span> third = new ArrayList<>();
        for (int k = 0; k < 2; k++) for (String f : five) third.add(Span.of(f));
        rows.add(third);
        rows.add(t4.stream().map(Span::of).toList());
        return rows;
    }

    /** The spans laid out on the grid convention of the readers (continuations as empty cells). */
    static List<List<String>> grid(List<List<Span>> rows) {
        List<List<GridLayout.SpanCell>> cells = rows.stream()
            .map(r -> r.stream().map(s -> new GridLayout.SpanCell(s.text(), s.rows(), s.cols())).toList()).toList();
        return GridLayout.layout(cells);
    }
}
