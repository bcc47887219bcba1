package org.xxgkcheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.findings.Problem;
import org.xxgkcheck.findings.ReportInfo;
import org.xxgkcheck.facts.TemplatePart;
import org.xxgkcheck.template.PartSpec;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/** Reads one report file into the facts the rules see, and the problems met on the way. */
public final class ReportReader {
    private ReportReader() {}

    /** File name endings the tool reads; a folder is walked for these. */
    public static final Set<String> SUPPORTED = Set.of("txt", "md", "markdown", "html", "htm", "docx", "pdf");

    public record Parsed(List<Object> facts, ReportInfo info, List<Problem> problems) {
        public boolean readable() { return problems.stream().noneMatch(Problem::fatal); }
    }

    public static Parsed read(String fileName, byte[] bytes, TemplateBook templates) {
        return read(fileName, bytes, Limits.DEFAULT, templates, List.of());
    }

    /**
     * Reads by content first: the extension only decides between text flavours and names a mismatch.
     * @param templates the printed format of the rule set (rules/templates/): parts, tables, their wordings
     * @param terms the vocabulary of the rule set: mentions of its words become facts too
     */
    public static Parsed read(String fileName, byte[] bytes, Limits limits, TemplateBook templates,
                              List<org.xxgkcheck.facts.Term> terms) {
        Outline outline = new Outline(templates.parts());
        String ext = extension(fileName);
        if (bytes.length == 0) return unreadable(ext, "文件为空");
        Sniffer.Kind kind = Sniffer.sniff(bytes);
        try {
            return switch (kind) {
                case PDF -> understand(PdfReader.read(bytes, limits, outline), "pdf", templates, terms);
                case ZIP -> understand(DocxReader.read(bytes, limits), "docx", templates, terms);
                case HTML -> understand(HtmlReader.read(bytes, outline), "html", templates, terms);
                case OLE, RTF, IMAGE -> throw new NotReadable(Formats.unsupported(kind, ext, bytes));
                case TEXT -> text(ext, bytes, templates, terms);
            };
        } catch (NotReadable e) {
            return unreadable(kind == Sniffer.Kind.TEXT ? ext : kind.format, e.getMessage() + Formats.mismatch(ext, kind));
        }
    }

    private static Parsed text(String ext, byte[] bytes, TemplateBook templates, List<org.xxgkcheck.facts.Term> terms)
            throws NotReadable {
        Formats.refuseTextAs(ext);
        Decoder.Decoded text;
        try {
            text = Decoder.decode(bytes);
        } catch (Decoder.NotText e) {
            throw new NotReadable(e.getMessage());
        }
        boolean markdown = ext.equals("md") || ext.equals("markdown") || MarkdownReader.looksLikeMarkdown(text.text());
        Document doc = markdown ? MarkdownReader.read(text.text()) : WordTextReader.read(text.text(), new Outline(templates.parts()));
        return understand(doc, markdown ? "md" : "txt", templates, terms);
    }

    /** From a format-independent document to facts: parts, paragraphs, tables and metadata. */
    static Parsed understand(Document doc, String format, TemplateBook templates, List<org.xxgkcheck.facts.Term> terms) {
        List<Problem> problems = new ArrayList<>();
        Outline outline = new Outline(templates.parts());
        doc = TextTables.recover(doc, templates, outline);
        List<Outline.Heading> headings = outline.find(doc);
        if (headings.isEmpty()) {
            return unreadable(format, "找不到任何一个必备部分的标题（如“" + outline.example(1) + "”“" + outline.example(6) + "”），"
                + "文件看起来不是政府信息公开工作年度报告");
        }
        List<Document.Block> blocks = doc.blocks();
        int[] partOfBlock = new int[blocks.size()];
        int current = 0;
        int h = 0;
        List<Outline.Heading> byPosition = headings.stream()
            .sorted((a, b) -> Integer.compare(a.blockIndex(), b.blockIndex())).toList();
        for (int i = 0; i < blocks.size(); i++) {
            if (h < byPosition.size() && byPosition.get(h).blockIndex() == i) current = byPosition.get(h++).part();
            partOfBlock[i] = current;
        }

        List<Object> facts = new ArrayList<>();
        List<String> lead = new ArrayList<>();
        List<StringBuilder> partText = new ArrayList<>();
        for (int i = 0; i <= 6; i++) partText.add(new StringBuilder());
        int[] paragraphIndex = new int[7];
        Set<Integer> headingBlocks = new java.util.HashSet<>();
        headings.forEach(x -> headingBlocks.add(x.blockIndex()));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Document.Text t) || headingBlocks.contains(i)) continue;
            int part = partOfBlock[i];
            if (part == 0) lead.add(t.text());
            facts.add(new Paragraph(part, paragraphIndex[part]++, t.text(), t.line()));
            partText.get(part).append(t.text()).append('\n');
            if (part == 1) body.append(t.text()).append('\n');
        }
        List<Paragraph> paragraphs = facts.stream().filter(f -> f instanceof Paragraph).map(f -> (Paragraph) f).toList();
        int[] sentences = MentionFinder.sentenceCounts(paragraphs);
        for (int i = 0; i < byPosition.size(); i++) {
            Outline.Heading x = byPosition.get(i);
            facts.add(new Part(x.part(), x.text(), x.numbering(), partText.get(x.part()).toString().strip(), x.line(), i,
                sentences[x.part()], templates.partName(x.part())));
        }
        for (PartSpec p : templates.parts()) facts.add(new TemplatePart(p.number(), TemplateBook.numeral(p.number()), p.name()));
        facts.addAll(MentionFinder.find(paragraphs, terms));
        ClaimReader.Claims claims = ClaimReader.read(paragraphs);
        facts.addAll(claims.statements());
        facts.addAll(claims.breakdowns());
        facts.addAll(claims.percents());
        for (Document.Artifact a : doc.artifacts()) facts.add(new org.xxgkcheck.facts.Artifact(a.text(), a.line()));

        Map<String, Tables.Found> found = Tables.find(doc, partOfBlock, templates);
        List<String> variants = new ArrayList<>();
        for (TableSpec spec : templates.tables().values()) {
            String table = spec.table();
            boolean partFound = headings.stream().anyMatch(x -> x.part() == spec.part());
            Tables.Found f = found.get(table);
            if (f == null) {
                facts.add(new Table(table, false, false, partFound, "unknown", "找不到" + spec.name(), spec.part(), 0, false,
                    spec.name()));
                continue;
            }
            int part = f.part() > 0 ? f.part() : spec.part();
            TableRead read = TableReader.read(spec, f.rows(), part, f.line());
            problems.addAll(read.problems);
            facts.addAll(read.cells.values());
            facts.addAll(read.labels);
            facts.addAll(read.extras);
            facts.addAll(read.omitted);
            facts.add(new Table(table, true, read.readable(), partFound, read.template,
                read.summary(), part, f.line(), read.note, spec.name()));
            if (spec.formats().size() > 1) variants.add(read.template);
        }

        MetaReader.Meta meta = MetaReader.read(lead, body.toString());
        String template = template(variants);
        String frontMatter = String.join("\n", lead);
        facts.add(0, new Report(meta.title(), meta.organ(), meta.organType(), meta.organLevel(), meta.year(), template,
            format, meta.periodStart(), meta.periodEnd(), frontMatter));
        if (meta.year() == 0) problems.add(Problem.parse("无法从标题或统计期限确定报告年度，与年度有关的规则未运行", null));
        ReportInfo info = new ReportInfo(meta.title(), meta.organ(), meta.organType(),
            meta.year() == 0 ? null : meta.year(), template, format);
        return new Parsed(facts, info, problems);
    }

    /** The template of the report from those of tables 二 and 三: agreeing, one unknown, or hybrid. */
    static String template(List<String> variants) {
        List<String> known = variants.stream().filter(v -> !v.equals("unknown")).distinct().toList();
        if (known.contains("hybrid") || known.size() > 1) return "hybrid";
        return known.isEmpty() ? "unknown" : known.get(0);
    }

    private static Parsed unreadable(String format, String message) {
        return new Parsed(List.of(), new ReportInfo(null, null, null, null, null, format),
            List.of(Problem.input(message)));
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
