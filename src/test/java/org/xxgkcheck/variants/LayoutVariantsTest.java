package org.xxgkcheck.variants;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.model.Problem;
import org.xxgkcheck.read.Limits;
import org.xxgkcheck.understand.ReportReader;

/**
 * Layout tolerance, proven on generated variants of every real report in fixtures/reports: each report is read,
 * rebuilt as canonical markdown from the facts (its rendition), and printed in the layouts real offices use
 * ({@link Variants}). The rendition's check is the baseline; every variant must read to the same cells and the same
 * findings, apart from the deviations its {@link Expectation} names. Variant texts are written to
 * target/variants/&lt;fixture&gt;/ for inspection.
 */
class LayoutVariantsTest {

    static final Path REPORTS = Path.of("fixtures/reports");
    static final Path OUT = Path.of("target/variants");

    /** What the rendition of one fixture reads to. */
    record Baseline(String fixture, Rendition rendition, List<Finding> original, List<Finding> findings,
                    Map<String, String> cells, Set<String> shapes) {}

    /** What one text reads to: cells, findings and reading problems. */
    record Outcome(Map<String, String> cells, List<Finding> findings, List<Problem> problems) {}

    private static final Map<String, Baseline> BASELINES = new ConcurrentHashMap<>();
    /** Outcome of each case by display name, written to target/variants/summary.txt after the run. */
    private static final Map<String, String> RESULTS = new java.util.concurrent.ConcurrentSkipListMap<>();

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(REPORTS)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static String fixtureName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    static Outcome check(String fileName, byte[] bytes) {
        try {
            return checkUnguarded(fileName, bytes);
        } catch (RuntimeException e) {
            // The first frame in the project's code says where the reader gave up.
            StackTraceElement at = java.util.Arrays.stream(e.getStackTrace())
                .filter(f -> f.getClassName().startsWith("org.xxgkcheck.") && !f.getClassName().contains(".variants."))
                .findFirst().orElse(e.getStackTrace().length == 0 ? null : e.getStackTrace()[0]);
            throw new AssertionError(fileName + "：读取或检查时抛出 " + e + (at == null ? "" : "（" + at + "）"), e);
        }
    }

    private static Outcome checkUnguarded(String fileName, byte[] bytes) {
        ReportReader.Parsed parsed = ReportReader.read(fileName, bytes, Limits.DEFAULT, TestRules.book().data().templates(), TestRules.book().data().terms());
        CheckResult result = TestRules.checker().check(fileName, bytes);
        return new Outcome(Expectation.cells(parsed.facts()), result.findings(), result.problems());
    }

    static Baseline baseline(Path file) {
        return BASELINES.computeIfAbsent(fixtureName(file), name -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String fileName = file.getFileName().toString();
                ReportReader.Parsed parsed = ReportReader.read(fileName, bytes, Limits.DEFAULT, TestRules.book().data().templates(), TestRules.book().data().terms());
                Rendition rendition = Rendition.of(name, fileName, bytes, parsed.facts());
                String text = Rendition.markdown(rendition.blocks);
                write(name, "rendition.md", text);
                List<Finding> original = TestRules.checker().check(fileName, bytes).findings();
                Outcome o = check(name + ".md", text.getBytes(StandardCharsets.UTF_8));
                Set<String> shapes = new TreeSet<>();
                for (String t : rendition.unreadable) shapes.add(t + "-SHAPE");
                return new Baseline(name, rendition, original, o.findings(), o.cells(), shapes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static void write(String fixture, String file, String text) {
        try {
            Path dir = OUT.resolve(fixture);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_fixture_reads_the_same_in_every_layout() throws IOException {
        List<Path> files = fixtures();
        assertFalse(files.isEmpty(), "no fixtures in " + REPORTS);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String name = fixtureName(file);
            tests.add(recorded(name + " × 重建稿与原文一致", () -> renditionMatchesOriginal(file)));
            for (Variants.Variant v : Variants.ALL) {
                tests.add(recorded(name + " × " + v.name(), () -> variant(file, v)));
            }
        }
        return tests.stream();
    }

    private static DynamicTest recorded(String name, org.junit.jupiter.api.function.Executable body) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                body.execute();
                RESULTS.put(name, "通过");
            } catch (org.opentest4j.TestAbortedException e) {
                RESULTS.put(name, "不适用：" + e.getMessage());
                throw e;
            } catch (Throwable e) {
                RESULTS.put(name, "失败：" + e.getMessage());
                throw e;
            }
        });
    }

    @org.junit.jupiter.api.AfterAll
    static void writeSummary() throws IOException {
        if (RESULTS.isEmpty()) return;
        long passed = RESULTS.values().stream().filter(v -> v.equals("通过")).count();
        long skipped = RESULTS.values().stream().filter(v -> v.startsWith("不适用")).count();
        StringBuilder s = new StringBuilder();
        s.append("cases ").append(RESULTS.size()).append(", passed ").append(passed).append(", failed ")
            .append(RESULTS.size() - passed - skipped).append(", not applicable ").append(skipped).append("\n\n");
        RESULTS.forEach((k, v) -> s.append("## ").append(k).append("\n").append(v).append("\n\n"));
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("summary.txt"), s);
    }

    /** The rendition must keep what the original says: the same findings on (rule, part, table, row, column). */
    private static void renditionMatchesOriginal(Path file) {
        Baseline b = baseline(file);
        List<String> diff = Expectation.coarseDifferences(b.original(), b.findings());
        if (!diff.isEmpty()) {
            fail(b.fixture() + "：重建稿（target/variants/" + b.fixture() + "/rendition.md）的发现与原文不同：\n  "
                + String.join("\n  ", diff));
        }
    }

    private static void variant(Path file, Variants.Variant v) {
        Baseline b = baseline(file);
        if (!v.appliesTo(b.rendition())) {
            // The table this variant rebuilds could not be read from the original (e.g. 004's 表三): nothing to vary.
            write(b.fixture(), v.id() + "-skipped.txt", "原文的" + v.needs() + "无法按模板读取，此变体不适用。\n");
            org.junit.jupiter.api.Assumptions.abort("原文的表格 " + v.needs() + " 无法按模板读取，此变体不适用");
        }
        String text = v.render().apply(b.rendition());
        write(b.fixture(), v.fileName(), text);
        Outcome o = check(b.fixture() + "." + v.extension(), text.getBytes(StandardCharsets.UTF_8));
        List<String> diff = v.expectation().differences(b.findings(), b.cells(), o.findings(), o.cells(), b.shapes());
        if (!diff.isEmpty()) {
            StringBuilder msg = new StringBuilder(b.fixture()).append(" × ").append(v.name())
                .append("（target/variants/").append(b.fixture()).append('/').append(v.fileName()).append("）\n  预期：")
                .append(v.expectation().summary).append("\n  ").append(String.join("\n  ", diff));
            if (!o.problems().isEmpty()) {
                msg.append("\n  读取问题：");
                o.problems().stream().limit(8).forEach(p -> msg.append("\n    ").append(p.kind()).append(": ").append(p.message()));
                if (o.problems().size() > 8) msg.append("\n    …另有 ").append(o.problems().size() - 8).append(" 条");
            }
            fail(msg.toString());
        }
    }
}
