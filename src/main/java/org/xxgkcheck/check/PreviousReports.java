package org.xxgkcheck.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.LastYear;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Similarity;
import org.xxgkcheck.facts.Table;
import org.xxgkcheck.facts.Term;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.template.TemplateBook;
import org.xxgkcheck.understand.ReportReader;

/**
 * Last year's reports given with --previous (files or folders, many bodies at once). For a report of body B and
 * year Y, the report of B for Y−1 becomes a LastYear fact, with the similarity of the narratives.
 */
public final class PreviousReports {
    public static final PreviousReports NONE = new PreviousReports(List.of());

    private final List<LastYear> reports;

    private PreviousReports(List<LastYear> reports) { this.reports = reports; }

    public int size() { return reports.size(); }

    /** Reads every supported file under the paths with the default limits; unreadable ones are returned as messages. */
    public static PreviousReports load(List<Path> paths, TemplateBook templates, List<String> messages) {
        List<Problem> warnings = new ArrayList<>();
        PreviousReports loaded = load(paths, Limits.DEFAULT, templates, List.of(), warnings);
        warnings.forEach(w -> messages.add(w.message()));
        return loaded;
    }

    /**
     * Reads every supported file under the paths through the same bounded, guarded read as this year's reports.
     * A file that cannot be read becomes a warning naming it and the reason (with the cause, for --debug); the
     * reports it would have been paired with are checked without cross-year facts.
     */
    public static PreviousReports load(List<Path> paths, Limits limits, TemplateBook templates, List<Term> terms,
                                       List<Problem> warnings) {
        List<LastYear> out = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try {
                    files = ReportFiles.walk(p).reports();
                } catch (IOException | UncheckedIOException e) {
                    warnings.add(Problem.input("无法读取上一年度报告目录 " + display(p) + "（加 --debug 查看原因）", e));
                    continue;
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                String name = display(f);
                ReportReader.Parsed parsed = BoundedRead.file(f, name, limits, templates, terms);
                if (!parsed.readable()) {
                    Problem first = parsed.problems().stream().filter(Problem::fatal).findFirst().orElseThrow();
                    warnings.add(Problem.input("无法读取上一年度报告 " + name + "：" + first.message(), first.cause()));
                    continue;
                }
                try {
                    out.add(lastYear(name, parsed.facts()));
                } catch (RuntimeException e) {
                    // Facts that read but do not add up to last year's figures cost this pairing only, never the run.
                    warnings.add(Problem.input("无法读取上一年度报告 " + name + "：" + org.xxgkcheck.understand.ReadFailure.message("其中的数字", e), e));
                }
            }
        }
        return new PreviousReports(out);
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** Last year's report given as text rather than as a file (rule test cases); unreadable text is refused. */
    public static PreviousReports of(String name, String text, TemplateBook templates) {
        ReportReader.Parsed parsed = ReportReader.read(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), templates);
        if (!parsed.readable()) {
            throw new IllegalArgumentException("无法读取上一年度报告 " + name + "：" + parsed.problems().get(0).message());
        }
        return new PreviousReports(List.of(lastYear(name, parsed.facts())));
    }

    /** Last year's report already read (an upload to the service), as the only previous report. */
    public static PreviousReports of(String name, ReportReader.Parsed parsed) {
        if (!parsed.readable()) throw new IllegalArgumentException("unreadable previous report " + name);
        return new PreviousReports(List.of(lastYear(name, parsed.facts())));
    }

    static LastYear lastYear(String file, List<Object> facts) {
        Report r = null;
        Map<String, Long> values = new HashMap<>();
        Set<String> readable = new HashSet<>();
        Map<Integer, String> parts = new HashMap<>();
        for (Object f : facts) {
            if (f instanceof Report x) r = x;
            else if (f instanceof Cell c) values.put(LastYear.key(c.getTable(), c.getRow(), c.getColumn()), c.getValue());
            else if (f instanceof Table t && t.isReadable()) readable.add(t.getTable());
            else if (f instanceof Part p) parts.put(p.getNumber(), p.getText());
        }
        return new LastYear(file, r == null ? "" : r.getOrgan(), r == null ? 0 : r.getYear(),
            r == null ? "unknown" : r.getTemplate(), values, readable, parts);
    }

    /** The LastYear fact and similarities for this report, or nothing when no previous report matches. */
    List<Object> factsFor(ReportReader.Parsed parsed) {
        if (reports.isEmpty()) return List.of();
        Report r = null;
        Map<Integer, String> parts = new HashMap<>();
        for (Object f : parsed.facts()) {
            if (f instanceof Report x) r = x;
            else if (f instanceof Part p) parts.put(p.getNumber(), p.getText());
        }
        if (r == null || r.getYear() == 0 || r.getOrgan().isEmpty()) return List.of();
        for (LastYear ly : reports) {
            if (ly.getYear() != r.getYear() - 1 || !sameBody(ly.getOrgan(), r.getOrgan())) continue;
            List<Object> out = new ArrayList<>();
            out.add(ly);
            if (parts.containsKey(5) && ly.hasPart(5)) out.add(new Similarity("第五部分", TextSimilarity.of(parts.get(5), ly.partText(5))));
            StringBuilder now = new StringBuilder();
            StringBuilder then = new StringBuilder();
            for (int i = 1; i <= 6; i++) {
                now.append(parts.getOrDefault(i, ""));
                then.append(ly.partText(i));
            }
            out.add(new Similarity("全文", TextSimilarity.of(now.toString(), then.toString())));
            return out;
        }
        return List.of();
    }

    /** Same issuing body: equal names, or one is the other with a region prefix ("洪泽区人民政府" / "淮安市洪泽区人民政府"). */
    static boolean sameBody(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        return a.equals(b) || a.endsWith(b) || b.endsWith(a);
    }
}
