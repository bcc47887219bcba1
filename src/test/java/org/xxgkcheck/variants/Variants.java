package org.xxgkcheck.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.xxgkcheck.variants.Rendition.Block;
import org.xxgkcheck.variants.Rendition.Grid;
import org.xxgkcheck.variants.Rendition.Heading;
import org.xxgkcheck.variants.Rendition.Row;
import org.xxgkcheck.variants.Rendition.Text;

/**
 * Layout variants of a rendition, each a real-world way of printing the same report: the numbers and words stay,
 * the layout changes. Each variant names what it needs (a readable table) and what the tool is expected to conclude
 * ({@link Expectation}).
 */
final class Variants {
    private Variants() {}

    /**
     * One variant: id (file name prefix), display name, file extension, the tables it rebuilds (it is skipped for a
     * fixture whose table could not be read), the transformation and the expected outcome.
     */
    record Variant(String id, String name, String extension, Set<String> needs, Function<Rendition, String> render,
                   Expectation expectation) {
        boolean appliesTo(Rendition r) {
            return needs.stream().allMatch(r::readable);
        }

        String fileName() { return id + "-" + name + "." + extension; }
    }

    static final List<Variant> ALL = List.of(
        new Variant("a", "表二无规章行", "md", Set.of("T2"),
            r -> md(mapGrid(r, "T2", g -> g.withRows(g.rows().stream().filter(x -> !x.key().equals("REG")).toList()))),
            Expectation.rowOmitted("T2", "REG")),
        new Variant("b", "表头错别字", "md", Set.of("T2", "T4"), r -> md(typos(r)), Expectation.labelAliases()),
        new Variant("c1", "标题带后缀", "md", Set.of(),
            r -> md(mapHeadings(r, h -> h.part() == 2 ? h.text() + "（有关情况附表）" : h.text())),
            Expectation.headingsVaried(Set.of(2))),
        new Variant("c2", "标题无顿号", "md", Set.of(),
            r -> md(mapHeadings(r, h -> numeral(h.part()) + h.withoutNumbering())),
            Expectation.headingsVaried(Set.of(1, 2, 3, 4, 5, 6))),
        new Variant("c3", "五六部分标题改写", "md", Set.of(),
            r -> md(mapHeadings(r, h -> switch (h.part()) {
                case 5 -> "五、政府信息公开工作存在的主要问题及改进情况";
                case 6 -> "六、其他需报告的事项";
                default -> h.text();
            })),
            Expectation.headingsVaried(Set.of(5, 6))),
        new Variant("c4", "六标题与附表", "md", Set.of(),
            r -> md(mapHeadings(r, h -> h.part() == 6 ? "六、需要说明的其他事项与附表" : h.text())),
            Expectation.headingsVaried(Set.of(6))),
        new Variant("d", "第六部分排在第五部分前", "md", Set.of(), r -> md(swapFiveSix(r)), Expectation.partsReordered()),
        new Variant("e", "全文一行", "txt", Set.of(), r -> Rendition.oneLineText(r.blocks), Expectation.unchanged()),
        new Variant("f", "表三按组拆成小表", "md", Set.of("T3"), r -> md(splitT3(r)), Expectation.unchanged()),
        new Variant("g1", "表四拆成三张表", "md", Set.of("T4"), r -> md(splitT4(r)), Expectation.unchanged()),
        new Variant("g2", "表四单行表头", "md", Set.of("T4"), r -> md(flatT4(r)), Expectation.headerCellsCombined()),
        new Variant("h", "标签与数字分行", "txt", Set.of(), r -> Rendition.lines(r.blocks), Expectation.unchanged()),
        new Variant("i", "法人列零值留空", "md", Set.of("T3"), r -> md(blankLegalPersonZeros(r)), Expectation.blanksAsZero()),
        new Variant("j1", "首行正文", "md", Set.of(), r -> md(prepend(r, List.of("正文"))), Expectation.unchanged()),
        new Variant("j2", "首行面包屑", "md", Set.of(),
            r -> md(prepend(r, List.of("首页 > 政务公开 > 政府信息公开年报"))), Expectation.unchanged()),
        new Variant("j3", "首行索引号信息", "md", Set.of(), r -> md(prepend(r, List.of(
            "索引号：11320800014035124N/" + (r.year + 1) + "-00012",
            "发布机构：" + r.organ,
            "发文日期：" + (r.year + 1) + "-01-15",
            "主题分类：政务公开"))), Expectation.unchanged()),
        new Variant("k", "表三本年新收数字粘连", "md", Set.of("T3"), r -> md(gluedNewRow(r)),
            Expectation.t3Unreadable("本年新收")));

    static Variant byId(String id) {
        return ALL.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String md(List<Block> blocks) {
        return Rendition.markdown(blocks);
    }

    static List<Block> mapGrid(Rendition r, String table, UnaryOperator<Grid> f) {
        List<Block> out = new ArrayList<>();
        for (Block b : r.blocks) out.add(b instanceof Grid g && g.table().equals(table) && !g.raw() ? f.apply(g) : b);
        return out;
    }

    /** Replaces one grid by several blocks. */
    private static List<Block> replaceGrid(Rendition r, String table, Function<Grid, List<Block>> f) {
        List<Block> out = new ArrayList<>();
        for (Block b : r.blocks) {
            if (b instanceof Grid g && g.table().equals(table) && !g.raw()) out.addAll(f.apply(g));
            else out.add(b);
        }
        return out;
    }

    private static List<Block> mapHeadings(Rendition r, Function<Heading, String> f) {
        List<Block> out = new ArrayList<>();
        for (Block b : r.blocks) out.add(b instanceof Heading h ? h.reworded(f.apply(h)) : b);
        return out;
    }

    static String numeral(int part) {
        return "一二三四五六".substring(part - 1, part);
    }

    /** b: typos seen in real headers: 先行有效件数, 本年废止件 (表二), 结果维护, 行政法复议 (表四). */
    private static List<Block> typos(Rendition r) {
        Rendition r2 = r.withBlocks(mapGrid(r, "T2", g -> relabel(g, s -> switch (s) {
            case "现行有效件数" -> "先行有效件数";
            case "本年废止件数" -> "本年废止件";
            default -> s;
        })));
        return mapGrid(r2, "T4", g -> relabel(g, s -> switch (s) {
            case "结果维持" -> "结果维护";
            case "行政复议" -> "行政法复议";
            default -> s;
        }));
    }

    private static Grid relabel(Grid g, UnaryOperator<String> f) {
        return g.withRows(g.rows().stream()
            .map(x -> new Row(x.key(), x.labels().stream().map(f).toList(), x.values(), x.exact())).toList());
    }

    /**
     * d: part 六 (heading renumbered 五、信息处理费收取情况) with its content before part 五 (renumbered 六、存在的主要问题及
     * 改进措施), as one real report printed them. A closing signature (organ, date) stays at the end of the report.
     */
    static List<Block> swapFiveSix(Rendition r) {
        List<Block> before = new ArrayList<>();
        List<Block> five = new ArrayList<>();
        List<Block> six = new ArrayList<>();
        List<Block> after = new ArrayList<>();
        List<Block> current = before;
        for (Block b : r.blocks) {
            if (b instanceof Heading h) {
                current = switch (h.part()) {
                    case 5 -> five;
                    case 6 -> six;
                    default -> five.isEmpty() && six.isEmpty() ? before : after;
                };
            }
            current.add(b);
        }
        if (five.isEmpty() || six.isEmpty()) return r.blocks;
        List<Block> signature = new ArrayList<>();
        int n = six.size();
        if (n >= 2 && six.get(n - 1) instanceof Text date && date.text().strip().matches("\\d{4}年\\d{1,2}月\\d{1,2}日")) {
            signature.add(date);
            six.remove(n - 1);
            if (six.size() >= 2 && six.get(six.size() - 1) instanceof Text organ && organ.text().length() <= 30
                && !organ.text().contains("。")) {
                signature.add(0, organ);
                six.remove(six.size() - 1);
            }
        }
        Heading h5 = (Heading) five.get(0);
        Heading h6 = (Heading) six.get(0);
        List<Block> out = new ArrayList<>(before);
        out.add(new Heading(6, "五、", "五、信息处理费收取情况", h6.debris()));
        out.addAll(six.subList(1, six.size()));
        out.add(new Heading(5, "六、", "六、存在的主要问题及改进措施", h5.debris()));
        out.addAll(five.subList(1, five.size()));
        out.addAll(after);
        out.addAll(signature);
        return out;
    }

    /**
     * f: 表三 as PDF-to-markdown converters print it: one small table per group, each under a generic header; the
     * printed header (勾稽 note, 申请人情况, column names) becomes the first rows of the first small table.
     */
    static List<Block> splitT3(Rendition r) {
        return replaceGrid(r, "T3", g -> {
            List<Block> out = new ArrayList<>();
            List<String> generic = List.of("项目", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计");
            boolean first = true;
            for (List<String> group : PrintedTemplate.T3_GROUPS) {
                List<Row> rows = new ArrayList<>();
                rows.add(new Row("HG", generic, List.of()));
                if (first) {
                    for (Row h : g.rows()) {
                        if (!h.header()) continue;
                        // Drop the two extra label columns of the printed header: 1 label column + 7 data columns.
                        List<String> cells = new ArrayList<>(h.labels().subList(2, h.labels().size()));
                        cells.set(0, h.labels().get(0));
                        rows.add(new Row(h.key(), cells, List.of()));
                    }
                }
                for (Row x : g.rows()) {
                    if (x.header() || !group.contains(x.key())) continue;
                    rows.add(new Row(x.key(), List.of(Rendition.labelsOf(x)), x.values()));
                }
                if (rows.size() == 1) continue;
                out.add(new Grid("T3", 8, rows, null));
                first = false;
            }
            return out;
        });
    }

    /** The five column labels and the group label of 表四 as the rendition prints them (aliases kept). */
    private static List<String> t4Columns(Grid g) {
        return g.rows().get(1).labels().subList(0, 5);
    }

    private static List<String> t4Values(Grid g) {
        return g.rows().stream().filter(x -> x.key().equals("DATA")).findFirst().orElseThrow().values();
    }

    /** g1: 表四 as three five-column tables: 行政复议, 未经复议直接起诉, 复议后起诉, each with its header. */
    static List<Block> splitT4(Rendition r) {
        return replaceGrid(r, "T4", g -> {
            List<String> cols = t4Columns(g);
            List<String> values = t4Values(g);
            List<String> groups = List.of(g.rows().get(0).labels().get(0), "未经复议直接起诉", "复议后起诉");
            List<Block> out = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                out.add(new Grid("T4", 5, List.of(
                    new Row("H1", List.of(groups.get(i)), List.of()),
                    new Row("H2", cols, List.of()),
                    new Row("DATA", List.of(), values.subList(i * 5, i * 5 + 5))), null));
            }
            return out;
        });
    }

    /** g2: 表四 as one row of 15 numbers under a one-line header naming group and result in each column. */
    static List<Block> flatT4(Rendition r) {
        return mapGrid(r, "T4", g -> {
            List<String> cols = t4Columns(g);
            List<String> groups = List.of(g.rows().get(0).labels().get(0), "未经复议直接起诉", "复议后起诉");
            List<String> header = new ArrayList<>();
            for (String group : groups) for (String c : cols) header.add(group + c);
            return new Grid("T4", 15, List.of(new Row("H", header, List.of()), new Row("DATA", List.of(), t4Values(g))), null);
        });
    }

    /** i: the 法人或其他组织 columns of 表三 left blank wherever they hold 0. */
    static List<Block> blankLegalPersonZeros(Rendition r) {
        return mapGrid(r, "T3", g -> g.withRows(g.rows().stream().map(x -> {
            if (x.header()) return x;
            List<String> v = new ArrayList<>(x.values());
            for (int i = 1; i <= 5; i++) if (v.get(i).replaceAll("[\\s\u3000]", "").matches("[0０]")) v.set(i, "");
            return new Row(x.key(), x.labels(), v, x.exact());
        }).toList()));
    }

    /** j: stray lines before the title (a web page's 正文 label, breadcrumb or 索引号 block). */
    static List<Block> prepend(Rendition r, List<String> lines) {
        List<Block> out = new ArrayList<>();
        for (String l : lines) out.add(new Text(0, l));
        out.addAll(r.blocks);
        return out;
    }

    /**
     * k: the seven numbers of 表三 一、本年新收 printed without separators in one cell ("801000081"); the row has no
     * other cells. Which digit belongs to which column cannot be known.
     */
    static List<Block> gluedNewRow(Rendition r) {
        return mapGrid(r, "T3", g -> g.withRows(g.rows().stream().map(x -> {
            if (!x.key().equals("NEW")) return x;
            String glued = String.join("", x.values().stream().map(v -> v.replaceAll("[\\s\u3000]", "")).toList());
            return new Row(x.key(), x.labels(), List.of(glued), true);
        }).toList()));
    }
}
