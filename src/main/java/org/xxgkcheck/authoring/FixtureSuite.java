package org.xxgkcheck.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.PreviousReports;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.model.ReportInfo;
import org.xxgkcheck.understand.ReportReader;

/**
 * The fixtures: report files beside `<name>.expected.json`, run through the rules and compared with what is
 * expected (FixtureExpectation). One report in several formats shares one expected file: minimal.txt, minimal.md,
 * minimal.html, minimal.docx and minimal.pdf are all checked against minimal.expected.json. Used by `rules test`,
 * `rules verify` (smoke run) and the JUnit suite.
 * An expectation may name last year's report of the same body, {"previous": "previous/x-2022.txt"} (relative to the
 * fixture's folder), for the cross-year rules; such inputs live in folders named `previous` and are not fixtures.
 */
public final class FixtureSuite {
    private FixtureSuite() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Folders holding last year's reports named by "previous"; their files are inputs, not fixtures. */
    public static final String PREVIOUS_FOLDER = "previous";

    /** One input with its expectation (null when the expected file is missing) and its file (null when unknown). */
    public record Case(String name, byte[] content, String expected, Path file) {
        public Case(String name, byte[] content, String expected) { this(name, content, expected, null); }
    }

    /** The outcome of one case: passed, or the differences in Chinese. */
    public record Outcome(Case fixture, CheckResult result, List<String> differences) {
        public boolean passed() { return differences.isEmpty(); }
    }

    /** Fixtures from ./fixtures when it exists, else the copy bundled in the jar. */
    public static List<Case> discover(Path dir) throws IOException {
        if (dir != null && Files.isDirectory(dir)) return fromTree(dir);
        return bundled();
    }

    public static List<Case> bundled() throws IOException {
        URL url = FixtureSuite.class.getResource("/bundled-fixtures");
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return fromTree(Path.of(uri));
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Collections.emptyMap());
            }
            return fromTree(fs.getPath("/bundled-fixtures"));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static List<Case> fromTree(Path root) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String file = p.getFileName().toString();
                if (file.endsWith(".expected.json") || file.equals("README.md")) continue;
                if (inPreviousFolder(root.relativize(p))) continue;
                if (!ReportReader.SUPPORTED.contains(ReportReader.extension(file))) continue;
                String base = file.substring(0, file.lastIndexOf('.'));
                Path exp = p.resolveSibling(base + ".expected.json");
                String expected = Files.exists(exp) ? Files.readString(exp, StandardCharsets.UTF_8) : null;
                String name = root.relativize(p).toString().replace('\\', '/');
                cases.add(new Case(name, Files.readAllBytes(p), expected, p));
            }
        }
        return cases;
    }

    private static boolean inPreviousFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals(PREVIOUS_FOLDER)) return true;
        }
        return false;
    }

    public static Outcome run(Checker checker, Case c) {
        if (c.expected() == null) {
            return new Outcome(c, checker.check(c.name(), c.content()),
                List.of("缺少预期结果文件 " + baseName(c.name()) + ".expected.json"));
        }
        JsonNode expected;
        try {
            expected = JSON.readTree(c.expected());
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? "（第 " + j.getLocation().getLineNr() + " 行第 " + j.getLocation().getColumnNr() + " 列附近）" : "";
            return new Outcome(c, checker.check(c.name(), c.content()), List.of("预期结果文件不是有效的 JSON" + where));
        }
        List<String> diffs = new ArrayList<>();
        CheckResult result = checkerFor(checker, c, diffs).check(c.name(), c.content());
        diffs.addAll(FixtureExpectation.compare(expected, result));
        return new Outcome(c, result, diffs);
    }

    /**
     * The checker for one fixture: the given one, or one that also knows last year's report when the expectation
     * names it ("previous"). A previous report that cannot be read is added to messages (the fixture then fails).
     */
    public static Checker checkerFor(Checker checker, Case c, List<String> messages) {
        if (c.expected() == null) return checker;
        JsonNode previous;
        try {
            previous = JSON.readTree(c.expected()).path("previous");
        } catch (IOException e) {
            return checker;
        }
        if (previous.isMissingNode() || previous.isNull()) return checker;
        if (!previous.isTextual() || previous.asText().isBlank()) {
            messages.add("预期结果文件中的 previous 应为上一年度报告的相对路径");
            return checker;
        }
        if (c.file() == null) {
            messages.add("不知道样例所在的目录，无法读取上一年度报告 " + previous.asText());
            return checker;
        }
        Path file = c.file().resolveSibling(previous.asText()).normalize();
        if (!Files.isRegularFile(file)) {
            messages.add("上一年度报告 " + previous.asText() + " 不存在");
            return checker;
        }
        List<String> problems = new ArrayList<>();
        PreviousReports last = PreviousReports.load(List.of(file), checker.book().data().templates(), problems);
        messages.addAll(problems);
        if (problems.isEmpty()) {
            // A report of another body or year would be loaded and silently ignored, and a near case would pass for nothing.
            ReportInfo now = ReportReader.read(c.name(), c.content(), checker.book().data().templates()).info();
            ReportInfo then;
            try {
                then = ReportReader.read(file.toString(), Files.readAllBytes(file), checker.book().data().templates()).info();
            } catch (IOException e) {
                then = null;
            }
            if (then == null || now.year() == null || then.year() == null || then.year() != now.year() - 1
                    || now.organ() == null || then.organ() == null
                    || !(now.organ().endsWith(then.organ()) || then.organ().endsWith(now.organ()))) {
                messages.add("上一年度报告 " + previous.asText() + "（" + (then == null ? "无法读取" : then.organ() + " " + then.year() + " 年度")
                    + "）不是本样例（" + now.organ() + " " + now.year() + " 年度）同一机关的上一年度报告，跨年度规则不会运行");
            }
        }
        return new Checker(checker.book(), last);
    }

    /** Runs every case; inputs sharing a base name must also agree with each other (FormatParity). */
    public static Map<String, Outcome> runAll(Checker checker, List<Case> cases) {
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (Case c : cases) out.put(c.name(), run(checker, c));
        return FormatParity.check(out);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
