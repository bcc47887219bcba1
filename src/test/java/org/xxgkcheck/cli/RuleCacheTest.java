package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule cache through the command line: written on the first run, read on the next, rebuilt when anything
 * under rules/ changes or the entry is damaged, never in the way (an unusable folder means no cache), and safe
 * when two runs fill it at once. --debug is what shows it; without it the cache says nothing.
 */
class RuleCacheTest {
    private static final String S000 = "fixtures/reports/000_e0ddddd15fe580f0.txt";

    private static Cli check(Path rules, Path cache, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--fail-on", "never", "--rules", rules.toString(), "--cache-dir", cache.toString()));
        args.addAll(List.of(more));
        args.add(S000);
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) return List.of();
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".kjar")).sorted().toList();
        }
    }

    private static String reference(Path rules) {
        Cli plain = Cli.run("check", "--fail-on", "never", "--no-cache", "--rules", rules.toString(), S000);
        assertEquals(0, plain.code(), plain.err());
        return plain.out();
    }

    @Test
    void written_then_read_then_rebuilt_when_a_rule_or_the_vocabulary_changes(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path cache = dir.resolve("cache");
        String expected = reference(rules);

        Cli first = check(rules, cache, "--debug");
        assertTrue(first.err().contains("规则缓存未命中") && first.err().contains("已写入规则缓存"), first.err());
        assertEquals(expected, first.out());
        assertEquals(1, entries(cache).size());

        Cli second = check(rules, cache, "--debug");
        assertTrue(second.err().contains("规则缓存命中"), second.err());
        assertFalse(second.err().contains("已写入规则缓存"), second.err());
        assertEquals(expected, second.out());
        Cli quiet = check(rules, cache);
        assertEquals("", quiet.err(), "without --debug the cache says nothing");
        assertEquals(expected, quiet.out());

        // A rule's message: the next run shows the new wording, from a new entry.
        Path drl = rules.resolve("narrative/NAR-OVERVIEW-5TOPICS.drl");
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8).replace("总体情况没有说明“", "总体情况未说明“"), StandardCharsets.UTF_8);
        Cli edited = check(rules, cache, "--debug");
        assertTrue(edited.err().contains("已写入规则缓存"), edited.err());
        assertTrue(edited.out().contains("总体情况未说明“依申请公开”方面的工作"), edited.out());
        assertFalse(edited.out().contains("总体情况没有说明"), edited.out());
        assertEquals(2, entries(cache).size());
        assertTrue(check(rules, cache, "--debug").err().contains("规则缓存命中"));

        // A data file is part of the key too: the vocabulary change removes the finding and builds a new entry.
        Path vocab = rules.resolve("vocabulary.txt");
        Files.writeString(vocab, Files.readString(vocab, StandardCharsets.UTF_8)
            .replace("总体情况五个方面.依申请公开 = 依申请|申请公开|公开申请", "总体情况五个方面.依申请公开 = 依申请|申请公开|公开申请|受理申请|咨询"),
            StandardCharsets.UTF_8);
        Cli vocabulary = check(rules, cache, "--debug");
        assertTrue(vocabulary.err().contains("已写入规则缓存"), vocabulary.err());
        assertFalse(vocabulary.out().contains("NAR-OVERVIEW-5TOPICS"), vocabulary.out());
        assertEquals(3, entries(cache).size());
    }

    @Test
    void a_truncated_or_garbled_entry_is_rebuilt_and_the_findings_stay_right(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path cache = dir.resolve("cache");
        String expected = reference(rules);
        check(rules, cache);
        Path entry = entries(cache).get(0);
        byte[] whole = Files.readAllBytes(entry);

        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        Cli truncated = check(rules, cache, "--debug");
        assertTrue(truncated.err().contains("规则缓存已损坏") && truncated.err().contains("已写入规则缓存"), truncated.err());
        assertEquals(expected, truncated.out());

        Path again = entries(cache).get(0);
        byte[] garbage = Files.readAllBytes(again);
        for (int i = 1000; i < garbage.length; i += 997) garbage[i] ^= 0x5a;
        Files.write(again, garbage);
        Cli garbled = check(rules, cache);
        assertEquals("", garbled.err(), "a damaged entry is rebuilt silently");
        assertEquals(expected, garbled.out());
        assertEquals(1, entries(cache).size());
        assertTrue(check(rules, cache, "--debug").err().contains("规则缓存命中"));
    }

    @Test
    void a_cache_folder_that_cannot_be_used_means_no_cache(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        String expected = reference(rules);
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Cli run = check(rules, notAFolder.resolve("cache"));
        assertEquals(0, run.code());
        assertEquals("", run.err());
        assertEquals(expected, run.out());

        Path cache = dir.resolve("off");
        Cli off = Cli.run("check", "--fail-on", "never", "--rules", rules.toString(), "--cache-dir", cache.toString(), "--no-cache", S000);
        assertEquals(expected, off.out());
        assertFalse(Files.exists(cache), "--no-cache writes nothing");
    }

    @Test
    void two_runs_filling_the_same_empty_cache_at_once_both_succeed(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path cache = dir.resolve("cache");
        String expected = reference(rules);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Cli> run = () -> check(rules, cache);
            List<Future<Cli>> both = pool.invokeAll(List.of(run, run));
            for (Future<Cli> f : both) {
                assertEquals(0, f.get().code(), f.get().err());
                assertEquals(expected, f.get().out());
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(entries(cache).isEmpty());
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".tmp")), "no temp file is left behind");
        }
        Cli after = check(rules, cache, "--debug");
        assertTrue(after.err().contains("规则缓存命中"), after.err());
        assertEquals(expected, after.out());
    }

    @Test
    void rules_verify_always_compiles_and_fills_a_missing_entry(@TempDir Path dir) throws Exception {
        Path rules = Cli.copyRules(dir);
        Path cache = dir.resolve("cache");
        Cli verify = Cli.run("rules", "verify", "--rules", rules.toString(), "--cache-dir", cache.toString());
        assertEquals(0, verify.code(), verify.err());
        assertEquals(1, entries(cache).size());
        Cli again = Cli.run("rules", "--cache-dir", cache.toString(), "verify", "--rules", rules.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(verify.out(), again.out());
        assertEquals(1, entries(cache).size(), "a sound entry is left as it is");
        assertTrue(check(rules, cache, "--debug").err().contains("规则缓存命中"));
    }
}
