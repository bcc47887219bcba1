package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgkcheck.read.Document;
import org.xxgkcheck.read.Headings;
import org.xxgkcheck.read.Numbers;
import org.xxgkcheck.template.Labels;
import org.xxgkcheck.template.PartSpec;

/**
 * Finds the six required parts by their headings. A heading is a short line whose words name a part (the
 * wordings of rules/templates/parts.txt). Its number, when it has one, normally is that part's number; a
 * heading whose number differs is still taken for the part when the report has no better heading for it (a
 * report that swapped 五 and 六 and renumbered them), except for a bracketed number such as “（一）主动公开政府信息情况”
 * inside part 一, which is a sub-heading.
 */
public final class Outline implements Headings {
    /** A heading as found: part number, the line as written, its numbering, and the block index. */
    public record Heading(int part, String text, String numbering, int line, int blockIndex) {}

    private static final Pattern NUMBERED = Pattern.compile(
        "^(第[一二三四五六]部分[、.．:：]?|[一二三四五六][、.．]|[1-6](?:[、．]|\\.(?!\\d))|[（(][一二三四五六1-6][)）][、.．]?)\\s*(.*)$");
    /** A numeral run straight into the heading's words, without 、 (“一总体情况”): accepted only when the words name a part. */
    private static final Pattern BARE_NUMERAL = Pattern.compile("^([一二三四五六])(\\S.*)$");
    private static final int MAX_HEADING = 36;
    private static final Pattern NUMBER_MARKS = Pattern.compile("[第部分、.．:：（()）]");
    private static final Pattern TRAILING_STOP = Pattern.compile("[:：。.]+$");
    /** A bracketed note after the heading's words: “（有关情况附表）”. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");

    private final List<PartSpec> parts;

    public Outline(List<PartSpec> parts) { this.parts = parts; }

    /** How well a candidate heading fits its part: the numbered heading of that part first. */
    // A numbered top-level heading names a part more surely than a bare line does, even renumbered: a bare line
    // such as “无其他需要报告的事项” in a part's text reads like a heading too.
    private enum Fit { NUMBER_MATCHES, RENUMBERED, UNNUMBERED }

    private record Candidate(Heading heading, Fit fit) {}

    public List<Heading> find(Document doc) {
        Candidate[] best = new Candidate[7];
        List<Document.Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            org.xxgkcheck.read.Stop.check();
            if (!(blocks.get(i) instanceof Document.Text t)) continue;
            Candidate c = match(t.text(), t.line(), i);
            if (c == null) continue;
            int p = c.heading().part();
            if (best[p] == null || c.fit().ordinal() < best[p].fit().ordinal()) best[p] = c;
        }
        List<Heading> found = new ArrayList<>();
        for (int p = 1; p <= 6; p++) if (best[p] != null) found.add(best[p].heading());
        return found;
    }

    @Override
    public boolean looksLikePartHeading(String line) {
        return match(line, 0, 0) != null;
    }

    @Override
    public int partOfHeading(String line) {
        Candidate c = match(line, 0, 0);
        return c == null ? -1 : c.heading().part();
    }

    private Candidate match(String raw, int line, int blockIndex) {
        String text = Labels.trim(raw);
        if (text.isEmpty() || text.length() > MAX_HEADING + 8) return null;
        String numbering = "";
        String rest = text;
        int number = -1;
        boolean bracketed = false;
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            numbering = m.group(1);
            rest = m.group(2);
            number = Numbers.smallNumber(NUMBER_MARKS.matcher(numbering).replaceAll(""));
            bracketed = numbering.startsWith("（") || numbering.startsWith("(");
        } else {
            Matcher bare = BARE_NUMERAL.matcher(text);
            if (bare.matches() && partOf(core(bare.group(2))) > 0) {
                numbering = bare.group(1);
                rest = bare.group(2);
                number = Numbers.smallNumber(numbering);
            }
        }
        String core = core(rest);
        if (core.isEmpty() || core.length() > MAX_HEADING || core.contains("。")) return null;
        int part = partOf(core);
        if (part < 0) return null;
        // Without a number, only a bare heading counts, never a sentence that mentions a part.
        if (number < 0 && (core.length() > 22 || core.contains(","))) return null;
        Fit fit = number < 0 ? Fit.UNNUMBERED : number == part ? Fit.NUMBER_MATCHES : Fit.RENUMBERED;
        if (fit == Fit.RENUMBERED && bracketed) return null;
        return new Candidate(new Heading(part, text, numbering, line, blockIndex), fit);
    }

    /** The heading's words as compared with the template: normalised, without a trailing note or full stop. */
    private static String core(String rest) {
        String core = TRAILING_STOP.matcher(Labels.normalize(rest)).replaceAll("");
        String bare = TRAILING_NOTE.matcher(core).replaceAll("");
        return bare.isEmpty() ? core : bare;
    }

    @Override
    public String example(int number) {
        for (PartSpec p : parts) if (p.number() == number) return org.xxgkcheck.template.TemplateBook.numeral(number) + "、" + p.name();
        return "";
    }

    /** Which part the words of a heading name, or -1. */
    int partOf(String core) {
        for (PartSpec p : parts) if (p.names(core)) return p.number();
        return -1;
    }
}
