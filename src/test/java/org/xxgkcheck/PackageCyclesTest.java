package org.xxgkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main sources depend on each other without a cycle, and in the directions the layering
 * promises: reading bytes knows nothing of understanding or findings, the shared model and the template stand
 * alone, and the rules engine knows nothing of the tools around it. References are read from the source text
 * (imports and names written out in full), so a fully qualified name in a method body counts too.
 */
class PackageCyclesTest {
    private static final Path MAIN = Path.of("src/main/java/org/xxgkcheck");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.xxgkcheck\\.([a-z]\\w*)\\.[A-Z]");
    /** The root package holds Main and Launcher; a class of it is named org.xxgkcheck.Main. */
    private static final Pattern ROOT_REFERENCE = Pattern.compile("\\borg\\.xxgkcheck\\.[A-Z]");
    private static final String ROOT = "(root)";

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readSources() throws IOException {
        graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = packageOf(file);
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                String source = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                Matcher m = REFERENCE.matcher(source);
                while (m.find()) to.add(m.group(1));
                if (ROOT_REFERENCE.matcher(source).find()) to.add(ROOT);
                to.remove(from);
            }
        }
    }

    @Test
    void packages_form_no_cycle() {
        List<String> cycle = findCycle();
        assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" → ", cycle) + "\ngraph: " + graph);
    }

    @Test
    void reading_depends_on_nothing_but_the_template() {
        assertDependsOnlyOn("read", Set.of("template"));
    }

    @Test
    void model_and_template_stand_alone_and_facts_use_only_the_template() {
        assertDependsOnlyOn("model", Set.of());
        assertDependsOnlyOn("template", Set.of());
        assertDependsOnlyOn("facts", Set.of("template"));
    }

    @Test
    void rules_engine_knows_nothing_of_the_tools_around_it() {
        Set<String> rules = graph.getOrDefault("rules", Set.of());
        for (String outside : List.of("authoring", "check", "cli", "output", ROOT)) {
            assertTrue(!rules.contains(outside), "rules depends on " + outside + ": " + rules);
        }
    }

    private static void assertDependsOnlyOn(String pkg, Set<String> allowed) {
        assertTrue(graph.containsKey(pkg), "no package " + pkg);
        Set<String> extra = new TreeSet<>(graph.get(pkg));
        extra.removeAll(allowed);
        assertEquals(Set.of(), extra, pkg + " depends on more than " + allowed);
    }

    /** One cycle as a path that returns to its start, or empty. */
    private static List<String> findCycle() {
        Map<String, Integer> state = new TreeMap<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, state, path)) return path;
        }
        return List.of();
    }

    /** Depth-first search; state 1 is on the current path, 2 is done. On a cycle, path holds it. */
    private static boolean visit(String pkg, Map<String, Integer> state, List<String> path) {
        int s = state.getOrDefault(pkg, 0);
        if (s == 2) return false;
        if (s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(pkg), path.size()));
            cycle.add(pkg);
            path.clear();
            path.addAll(cycle);
            return true;
        }
        state.put(pkg, 1);
        path.add(pkg);
        for (String next : graph.getOrDefault(pkg, Set.of())) if (visit(next, state, path)) return true;
        path.remove(path.size() - 1);
        state.put(pkg, 2);
        return false;
    }

    private static String packageOf(Path file) {
        Path dir = MAIN.relativize(file.getParent());
        return dir.toString().isEmpty() ? ROOT : dir.toString().replace(java.io.File.separatorChar, '.');
    }

    /** Source without comments, so a comment that names a class elsewhere is no dependency. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", "");
    }
}
