package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.facts.TemplatePart;
import org.xxgkcheck.model.Location;
import org.xxgkcheck.model.Places;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.model.ReportInfo;
import org.xxgkcheck.read.Decoder;
import org.xxgkcheck.read.Document;
import org.xxgkcheck.read.DocxReader;
import org.xxgkcheck.read.Formats;
import org.xxgkcheck.read.HtmlReader;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.read.MarkdownReader;
import org.xxgkcheck.read.NotReadable;
import org.xxgkcheck.read.PdfReader;
import org.xxgkcheck.read.Sniffer;
import org.xxgkcheck.read.WordTextReader;
import org.xxgkcheck.template.PartSpec;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/** Reads one report file into the facts the rules see, and the problems met on the way. */
public final class ReportReader {
    private ReportReader() {}

    /** File name endings the tool reads; a folder is walked for these. */
    public static final Set<String> SUPPORTED = Set.of("txt", "md", "markdown", "html", "htm", "docx", "pdf");

    /** @param places how this report's positions are said to a person, and the text at each (for quotes) */
    public record Parsed(List<Object> facts, ReportInfo info, List<Problem> problems, Places places) {
        public Parsed(List<Object> facts, ReportInfo info, List<Problem> problems) { this(facts, info, problems, Places.LINES); }

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
        return facts(document(fileName, bytes, limits, templates), templates, terms);
    }

    /** The first step of {@link #read}: the file taken apart into a format-independent document, or why it cannot be. */
    public static TakenApart document(String fileName, byte[] bytes, Limits limits, TemplateBook templates) {
        Outline outline = new Outline(templates.parts());
        String ext = extension(fileName);
        if (bytes.length == 0) return new TakenApart(unreadable(ext, "文件为空"));
        Sniffer.Kind kind;
        try {
            kind = Sniffer.sniff(bytes);
        } catch (RuntimeException | Error e) {
            return new TakenApart(unreadable(ext, ReadFailure.message("文件类型", e) + "，未能读取", e));
        }
        String format = kind == Sniffer.Kind.TEXT ? ext : kind.format;
        // The format readers only turn the file into blocks; understanding them is guarded step by step below,
        // so an exception here means the file itself could not be taken apart: the whole file is lost.
        TakenApart taken;
        try {
            taken = switch (kind) {
                case PDF -> new TakenApart(PdfReader.read(bytes, limits, outline), "pdf");
                case ZIP -> new TakenApart(DocxReader.read(bytes, limits), "docx");
                case HTML -> new TakenApart(HtmlReader.read(bytes, outline), "html");
                case OLE, RTF, IMAGE -> throw new NotReadable(Formats.unsupported(kind, ext, bytes));
                case TEXT -> text(ext, bytes, outline);
            };
        } catch (NotReadable e) {
            // The library's exception behind the reason, if any, travels with the problem for --debug.
            return new TakenApart(unreadable(format, e.getMessage() + Formats.mismatch(ext, kind), e.getCause()));
        } catch (RuntimeException | Error e) {
            return new TakenApart(unreadable(format, ReadFailure.message(formatName(kind, ext) + "文件", e) + "，未能读取", e));
        }
        return taken;
    }

    /** The second step of {@link #read}: the document understood as facts (or the failure of the first step). */
    public static Parsed facts(TakenApart taken, TemplateBook templates, List<org.xxgkcheck.facts.Term> terms) {
        return taken.failed() != null ? taken.failed() : understand(taken.doc(), taken.format(), templates, terms);
    }

    /**
     * A file taken apart into blocks, and the format it turned out to be (text is txt or md); or, when it could not
     * be taken apart, the unreadable result saying why.
     */
    public record TakenApart(Document doc, String format, Parsed failed) {
        TakenApart(Document doc, String format) { this(doc, format, null); }

        TakenApart(Parsed failed) { this(null, failed.info().format(), failed); }
    }

    /** How the user would name the format: "PDF ", "DOCX ", "网页", "文本". */
    private static String formatName(Sniffer.Kind kind, String ext) {
        return switch (kind) {
            case PDF -> "PDF ";
            case ZIP -> "DOCX ";
            case HTML -> "网页";
            default -> ext.equals("md") || ext.equals("markdown") ? "Markdown " : "文本";
        };
    }

    private static TakenApart text(String ext, byte[] bytes, Outline outline) throws NotReadable {
        Formats.refuseTextAs(ext);
        Decoder.Decoded text;
        try {
            text = Decoder.decode(bytes);
        } catch (Decoder.NotText e) {
            throw new NotReadable(e.getMessage());
        }
        boolean markdown = ext.equals("md") || ext.equals("markdown") || MarkdownReader.looksLikeMarkdown(text.text());
        Document doc = markdown ? MarkdownReader.read(text.text()) : WordTextReader.read(text.text(), outline);
        doc = doc.withNote(text.note());
        if (text.text().endsWith("\uFFFD")) doc = doc.withNote("文件在一个字符的中间结束，可能下载中断或文件被截断；请确认文件是否完整");
        return new TakenApart(doc, markdown ? "md" : "txt");
    }

    /**
     * From a format-independent document to facts: parts, paragraphs, tables and metadata. Each step that
     * interprets the text is guarded on its own, so an exception costs only what that step would have read
     * (one table, the numbers stated in the text, the metadata) and becomes a problem saying so.
     */
    static Parsed understand(Document doc, String format, TemplateBook templates, List<org.xxgkcheck.facts.Term> terms) {
        try {
            return understandSteps(doc, format, templates, terms);
        } catch (RuntimeException | Error e) {
            // Only the plain bookkeeping between the guarded steps is left to fail here.
            return unreadable(format, ReadFailure.message("报告内容", e) + "，未能读取", e);
        }
    }

    private static Parsed understandSteps(Document doc, String format, TemplateBook templates,
                                          List<org.xxgkcheck.facts.Term> terms) {
        List<Problem> problems = new ArrayList<>();
        for (String note : doc.notes()) problems.add(Problem.parse(note, null));
        Outline outline = new Outline(templates.parts());
        List<Outline.Heading> headings;
        try {
            doc = TextTables.recover(doc, templates, outline);
            headings = outline.find(doc);
        } catch (RuntimeException | Error e) {
            return unreadable(format, ReadFailure.message("各部分的标题", e) + "，无法划分报告的六个部分，未能读取", e);
        }
        if (headings.isEmpty()) {
            return unreadable(format, "找不到任何一个必备部分的标题（如“" + outline.example(1) + "”“" + outline.example(6) + "”），"
                + "文件看起来不是政府信息公开工作年度报告");
        }
        List<Document.Block> blocks = doc.blocks();
        if (format.equals("txt") || format.equals("md")) {
            String cut = TextEnd.cut(blocks, headings);
            if (cut != null) problems.add(Problem.parse(cut, null));
        }
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
        int[] sentences;
        try {
            MentionFinder.Found found = MentionFinder.find(paragraphs, terms);
            sentences = found.sentences();
            facts.addAll(found.mentions());
        } catch (RuntimeException | Error e) {
            sentences = new int[7];
            problems.add(Problem.parse(ReadFailure.message("正文的句子和用语", e) + "，依据正文用语的规则可能给出不准确的结论", null, e));
        }
        for (int i = 0; i < byPosition.size(); i++) {
            Outline.Heading x = byPosition.get(i);
            facts.add(new Part(x.part(), x.text(), x.numbering(), partText.get(x.part()).toString().strip(), x.line(), i,
                sentences[x.part()], templates.partName(x.part())));
        }
        for (PartSpec p : templates.parts()) facts.add(new TemplatePart(p.number(), TemplateBook.numeral(p.number()), p.name()));
        try {
            ClaimReader.Claims claims = ClaimReader.read(paragraphs);
            facts.addAll(claims.statements());
            facts.addAll(claims.breakdowns());
            facts.addAll(claims.percents());
        } catch (RuntimeException | Error e) {
            problems.add(Problem.parse(ReadFailure.message("正文中的数字说明", e) + "，正文与表格的一致性未检查", null, e));
        }
        for (Document.Artifact a : doc.artifacts()) facts.add(new org.xxgkcheck.facts.Artifact(a.text(), a.line()));

        List<String> variants = tables(doc, partOfBlock, headings, templates, facts, problems);

        MetaReader.Meta meta;
        try {
            meta = MetaReader.read(lead, body.toString());
        } catch (RuntimeException | Error e) {
            meta = new MetaReader.Meta("", "", "unknown", "unknown", 0, null, null);
            problems.add(Problem.parse(ReadFailure.message("标题和前言（发布机关、年度）", e), null, e));
        }
        String template = template(variants);
        String frontMatter = String.join("\n", lead);
        facts.add(0, new Report(meta.title(), meta.organ(), meta.organType(), meta.organLevel(), meta.year(), template,
            format, meta.periodStart(), meta.periodEnd(), frontMatter));
        if (meta.year() == 0) problems.add(Problem.parse("无法从标题或统计期限确定报告年度，与年度有关的规则未运行", null));
        ReportInfo info = new ReportInfo(meta.title(), meta.organ(), meta.organType(),
            meta.year() == 0 ? null : meta.year(), template, format);
        Places places = places(doc, format, byPosition);
        return new Parsed(facts, info, problems.stream().map(p -> p.at(places.resolve(p.location()))).toList(), places);
    }

    /**
     * How positions of this format are said (PDF page and line, DOCX and HTML paragraphs, text lines) and the text at
     * each position: a text block as read, a table row as its non-empty cells.
     */
    static Places places(Document doc, String format, List<Outline.Heading> headings) {
        Map<Integer, String> text = new HashMap<>();
        Integer front = null;
        for (Document.Block b : doc.blocks()) {
            if (b instanceof Document.Text t) {
                text.putIfAbsent(t.line(), t.text());
                if (front == null && t.line() > 0) front = t.line();
            } else if (b instanceof Document.Grid g) {
                for (Document.Row r : g.rows()) {
                    String row = r.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
                    if (!row.isEmpty()) text.putIfAbsent(r.line(), row);
                }
            }
        }
        Places.Counting counting = switch (format) {
            case "pdf" -> Places.Counting.PAGE_LINES;
            case "docx", "html" -> Places.Counting.PARAGRAPHS;
            default -> Places.Counting.LINES;
        };
        Map<Integer, Integer> headingAt = new HashMap<>();
        for (Outline.Heading h : headings) if (h.line() > 0) headingAt.putIfAbsent(h.part(), h.line());
        return new Places(counting, text, doc.sourceLines(), headingAt, front);
    }

    /**
     * Finds and reads the tables of the template into facts; returns the formats they were read in. A table whose
     * reading throws is kept as found but unreadable, with the reason, so its SHAPE rule says so and the other
     * tables and the text are still checked.
     */
    private static List<String> tables(Document doc, int[] partOfBlock, List<Outline.Heading> headings, TemplateBook templates,
                                       List<Object> facts, List<Problem> problems) {
        Map<String, Tables.Found> found;
        String findFailure = null;
        try {
            found = Tables.find(doc, partOfBlock, templates);
        } catch (RuntimeException | Error e) {
            found = Map.of();
            findFailure = ReadFailure.message("文中的统计表", e);
            problems.add(Problem.parse(findFailure + "，表二、表三、表四均未读取", null, e));
        }
        List<String> variants = new ArrayList<>();
        for (TableSpec spec : templates.tables().values()) {
            String table = spec.table();
            boolean partFound = headings.stream().anyMatch(x -> x.part() == spec.part());
            Tables.Found f = found.get(table);
            if (f == null) {
                facts.add(new Table(table, false, false, partFound, "unknown",
                    findFailure != null ? findFailure : "找不到" + spec.name(), spec.part(), 0, false, spec.name()));
                continue;
            }
            int part = f.part() > 0 ? f.part() : spec.part();
            TableRead read;
            try {
                read = TableReader.read(spec, f.rows(), part, f.line());
            } catch (RuntimeException | Error e) {
                String reason = ReadFailure.message(spec.name(), e);
                problems.add(Problem.parse(reason + "，该表未按模板读取", Location.at(part, table, null, null,
                    f.line() > 0 ? f.line() : null).withPath(templates.path(part, table, null, null)), e));
                facts.add(new Table(table, true, false, partFound, "unknown", reason, part, f.line(), false, spec.name()));
                continue;
            }
            problems.addAll(read.problems);
            facts.addAll(read.cells.values());
            facts.addAll(read.labels);
            facts.addAll(read.extras);
            facts.addAll(read.omitted);
            facts.add(new Table(table, true, read.readable(), partFound, read.template,
                read.summary(), part, f.line(), read.note, spec.name()));
            if (spec.formats().size() > 1) variants.add(read.template);
        }
        return variants;
    }

    /** The template of the report from the formats its tables were read in: agreeing, unknown, or hybrid. */
    static String template(List<String> variants) {
        List<String> known = variants.stream().filter(v -> !v.equals("unknown")).distinct().toList();
        if (known.contains("hybrid") || known.size() > 1) return "hybrid";
        return known.isEmpty() ? "unknown" : known.get(0);
    }

    private static Parsed unreadable(String format, String message) {
        return unreadable(format, message, null);
    }

    private static Parsed unreadable(String format, String message, Throwable cause) {
        return new Parsed(List.of(), new ReportInfo(null, null, null, null, null, format),
            List.of(Problem.input(message, cause)));
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
