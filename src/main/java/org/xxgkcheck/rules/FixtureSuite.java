package org.xxgkcheck.rules;

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
import org.xxgkcheck.Checker;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.parse.ReportReader;

/**
 * The fixtures: report files beside `<name>.expected.json`, run through the rules and compared with what is
 * expected (FixtureExpectation). One report in several formats shares one expected file: minimal.txt, minimal.md,
 * minimal.html, minimal.docx and minimal.pdf are all checked against minimal.expected.json. Used by `rules test`, `rules verify` (smoke run) and the JUnit suite.
 */
public final class FixtureSuite {
    private FixtureSuite() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One input with its expectation (null when the expected file is missing). */
    public record Case(String name, byte[] content, String expected) {}

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
                if (!ReportReader.SUPPORTED.contains(ReportReader.extension(file))) continue;
                String base = file.substring(0, file.lastIndexOf('.'));
                Path exp = p.resolveSibling(base + ".expected.json");
                String expected = Files.exists(exp) ? Files.readString(exp, StandardCharsets.UTF_8) : null;
                String name = root.relativize(p).toString().replace('\\', '/');
                cases.add(new Case(name, Files.readAllBytes(p), expected));
            }
        }
        return cases;
    }

    public static Outcome run(Checker checker, Case c) {
        CheckResult result = checker.check(c.name(), c.content());
        if (c.expected() == null) return new Outcome(c, result, List.of("缺少预期结果文件 " + baseName(c.name()) + ".expected.json"));
        JsonNode expected;
        try {
            expected = JSON.readTree(c.expected());
        } catch (IOException e) {
            return new Outcome(c, result, List.of("预期结果文件不是有效的 JSON：" + e.getMessage()));
        }
        return new Outcome(c, result, FixtureExpectation.compare(expected, result));
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
