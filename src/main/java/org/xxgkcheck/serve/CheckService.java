package org.xxgkcheck.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.xxgkcheck.check.BoundedRead;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.PreviousReports;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.output.Format;
import org.xxgkcheck.read.Formats;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.read.Sniffer;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.understand.ReportReader;

/**
 * One upload checked as `check --format json` checks one file: the same reading limits, rules, profile and JSON
 * writer. The rule book is the one compiled at start; a request chooses only among its profiles.
 */
final class CheckService {
    /** The result, its cells (for 表二/三/四 on the page) and the JSON the command line would print for it. */
    record Outcome(CheckResult result, List<Cell> cells, String json) {}

    /** What a request asks: the report, last year's report (or null), the profile it names (null: the default). */
    record Submission(Upload file, Upload previous, String profile) {}

    private final RuleBook book;
    private final Limits limits;
    private final String defaultProfile;

    CheckService(RuleBook book, ServeOptions options) {
        this.book = book;
        Limits d = Limits.DEFAULT;
        this.limits = new Limits(options.maxUpload(), d.maxUnzippedBytes(), d.maxZipEntries(), d.maxPdfPages(),
            d.maxPdfContent(), options.readTimeout());
        this.defaultProfile = options.defaultProfile();
    }

    RuleBook book() { return book; }

    long maxUpload() { return limits.maxFileBytes(); }

    String defaultProfile() { return defaultProfile; }

    /** The profile a request names: absent means the service's default, empty means every rule as written. */
    Profile profile(String requested) {
        String name = requested == null ? defaultProfile : requested.strip();
        if (name == null || name.isEmpty()) return null;
        Profile p = book.profiles().get(name);
        if (p == null) {
            String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
            throw new ApiError(400, "bad-profile", "没有名为“" + shown + "”的规则方案。可用的方案："
                + String.join("、", book.profiles().keySet()) + "。");
        }
        return p;
    }

    /** Refused before anything is read: a name that is not a report format. */
    static void checkName(Upload u) {
        if (u.name().isEmpty()) throw ApiError.noFile();
        if (!ReportReader.SUPPORTED.contains(ReportReader.extension(u.name()))) {
            throw new ApiError(415, "unsupported-format", "不支持的文件格式：只能检查 .txt .md .html .htm .docx .pdf 文件（"
                + u.name() + "）。");
        }
    }

    Outcome check(Submission s) {
        Profile profile = profile(s.profile());
        checkName(s.file());
        if (s.previous() != null) checkName(s.previous());
        byte[] bytes = readable(s.file());
        PreviousReports previous = PreviousReports.NONE;
        if (s.previous() != null) {
            byte[] last = readable(s.previous());
            ReportReader.Parsed parsed = BoundedRead.bytes(s.previous().name(), last, limits, book.data().templates(), book.data().terms());
            if (!parsed.readable()) {
                throw new ApiError(422, "unreadable-previous", "无法读取上一年度报告：" + firstFatal(parsed.problems()) + "。",
                    parsed.problems());
            }
            previous = PreviousReports.of(s.previous().name(), parsed);
        }
        ReportReader.Parsed parsed = BoundedRead.bytes(s.file().name(), bytes, limits, book.data().templates(), book.data().terms());
        CheckResult result = new Checker(book, new Checker.Options(limits, previous, profile, null, false)).check(s.file().name(), parsed);
        if (!result.readable()) {
            throw new ApiError(422, "unreadable", "无法读取报告：" + firstFatal(result.problems()) + "。", result.problems());
        }
        List<Cell> cells = parsed.facts().stream().filter(Cell.class::isInstance).map(Cell.class::cast).toList();
        return new Outcome(result, cells, json(result));
    }

    /** The bytes of an upload whose content is a format the tool reads at all (not an image, .doc or RTF). */
    private byte[] readable(Upload u) {
        byte[] b = u.bytes(limits.maxFileBytes());
        if (b.length == 0) return b;
        Sniffer.Kind kind = Sniffer.sniff(b);
        if (UNSUPPORTED.contains(kind)) {
            throw new ApiError(415, "unsupported-format", Formats.unsupported(kind, ReportReader.extension(u.name()), b) + "。");
        }
        return b;
    }

    private static final Set<Sniffer.Kind> UNSUPPORTED = Set.of(Sniffer.Kind.OLE, Sniffer.Kind.RTF, Sniffer.Kind.IMAGE);

    private static String firstFatal(List<Problem> problems) {
        return problems.stream().filter(Problem::fatal).map(Problem::message).findFirst().orElse("文件无法读取");
    }

    /** Exactly what `check --format json` prints for this one result. */
    static String json(CheckResult r) {
        StringWriter w = new StringWriter(8192);
        try {
            Format.json.write(List.of(r), List.of(), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
