package org.xxgkcheck.authoring;

/** The starting text of a new rule and its test file, with the instructions as comments. */
public final class RuleSkeleton {
    private RuleSkeleton() {}

    public static String drl(String id, String category, String scoreCategory, String title) {
        return """
            package rules;

            // 需要用到的事实类型都要 import，可用的有：Report Part Paragraph Table Cell Label ExtraRow Artifact
            // Mention Term Statement Breakdown Percent Setting LastYear Similarity（字段见 rules/README.md）。
            import org.xxgkcheck.facts.Report;
            import org.xxgkcheck.facts.Part;
            import org.xxgkcheck.facts.Mention;

            global org.xxgkcheck.rules.FindingSink findings;

            // 要求：（用一两句话写出报告应当满足的要求，写明出自哪份文件的哪一条）
            // 判断：（写出在什么情况下报告这条发现）
            rule "%1$s"
                @id("%1$s")
                @title("%2$s")
                @severity("warning")
                @category("%3$s")
                @basis("（依据，如：《中华人民共和国政府信息公开条例》第五十条）")
                @points("1")
                @scoreCategory("%4$s")
            when
                // 在这里写条件。示例：第六部分存在，但其中没有用到词表“信息处理费”族的任何词语——
                //     $p : Part(number == 6)
                //     not Mention(family == "信息处理费", part == 6)
                // 下面这一行是占位，永远不会成立，请改写：
                $p : Part(number == 6, text == "（请改写这一条件）")
            then
                // 说明要写出原文或数字，让读者不用翻报告就知道问题在哪里。
                findings.add(drools, $p, "（说明发现的问题）");
            end
            """.formatted(id, title == null ? "（要求，如：第六部分应说明信息处理费的收取情况）" : title, category, scoreCategory);
    }

    public static String test(String id) {
        return """
            # %1$s 的测试用例

            <!-- 每个用例以“## ”开头。只写出报告中与本规则有关的部分，其余部分会自动补齐为一份规范的报告。
                 可用的写法：
                   年度：2023            机关：某某镇人民政府      标题：……
                   前言：（下一行起写前言）
                   第六部分：（下一行起写这一部分的正文，直到下一条指令）
                   表三：（下一行起写 markdown 表格，首行为列名，每行以行名开头；没写的单元格为 0）
                   删除：第五部分          落款：2024年1月20日（报告末尾的日期，默认没有）
                   上年报告：（其后的各项写上一年度的报告，供跨年度规则比较；年度默认为本年减 1，其余同样自动补齐）
                   预期触发：%1$s 词语      （该规则应触发，且位置或说明中含这些词语）
                   预期不触发：%1$s          （该规则不应触发） -->

            ## 应触发：（写出触发的情形）
            年度：2023
            第六部分：
            无。
            预期触发：%1$s 第六部分

            ## 不应触发：（写出相近但合规的情形）
            年度：2023
            第六部分：
            本年度未收取信息处理费，也未发出收费通知。
            预期不触发：%1$s
            """.formatted(id);
    }
}
