package org.xxgkcheck.authoring;

import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.template.LabelSpec;
import org.xxgkcheck.template.PartSpec;
import org.xxgkcheck.template.RowSpec;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/** The handbook's appendix on rules/templates/: the parts' accepted headings and each table's rows and columns. */
final class TemplateHandbook {
    private TemplateHandbook() {}

    static void append(StringBuilder md, TemplateBook t) {
        md.append("\n## 附录五 报告格式（rules/templates/）\n\n");
        md.append("检查按这里的格式读取报告。增加一种标题写法或标签变体，只需修改对应的文件，保存后直接生效。\n\n");
        md.append("### 六个部分（parts.txt）\n\n| 序号 | 格式规定的标题 | 也识别的写法 |\n|---|---|---|\n");
        for (PartSpec p : t.parts()) {
            md.append("| ").append(TemplateBook.numeral(p.number())).append(" | ").append(p.name()).append(" | `")
                .append(p.wording() == null ? "" : p.wording().pattern().replace("|", "\\|")).append("` |\n");
        }
        for (TableSpec s : t.tables().values()) {
            md.append("\n### ").append(s.name()).append("（第").append(TemplateBook.numeral(s.part())).append("部分，格式 ")
                .append(String.join("、", s.formats())).append("，").append(s.layout().word).append("）\n\n");
            md.append("| 列 | 格式原文 | 也写作 | 格式 |\n|---|---|---|---|\n");
            for (LabelSpec c : s.columns().values()) row(md, c, "");
            md.append("\n| 行 | 格式原文 | 也写作 | 格式 |\n|---|---|---|---|\n");
            for (RowSpec r : s.rows().values()) row(md, r.label(), r.optional() ? "（可省略）" : "");
        }
    }

    private static void row(StringBuilder md, LabelSpec l, String note) {
        List<String> formats = new ArrayList<>(l.formats());
        md.append("| ").append(l.key()).append(" | ").append(String.join(" / ", l.printed())).append(note).append(" | ")
            .append(String.join("、", l.aliases())).append(" | ").append(formats.isEmpty() ? "全部" : String.join("、", formats)).append(" |\n");
    }
}
