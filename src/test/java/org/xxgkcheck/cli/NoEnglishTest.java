package org.xxgkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.rules.RuleInfo;
import org.xxgkcheck.template.TableSpec;

/**
 * Users read Chinese: what every command prints for people (text and HTML results with --explain, notes, usage
 * errors, help, the rule catalogue, handbook and test runs, bench) holds no English word beyond an explicit list:
 * names a user types or reads in documents (formats, commands, option values, products, acronyms), rule ids, cell
 * keys, file names and paths, options. Quoted text (“…”), which is the report's or the user's own, is not ours.
 * JSON, JSON Lines and SARIF are for programs: their keys are the contract and are not checked here.
 */
class NoEnglishTest {
    private static final Set<String> ALLOWED = Set.of(
        // format and command names as typed; a key name; export debris quoted from a report ("[bookmark: _GoBack]")
        "csv", "xlsx", "serve", "Ctrl", "GoBack", "bookmark",
        // formats, commands, option values and profile names, as typed
        "txt", "md", "markdown", "html", "htm", "docx", "pdf", "json", "jsonl", "sarif", "text",
        "xxgk", "check", "rules", "bench", "list", "verify", "test", "new", "doc", "export",
        "error", "warning", "info", "never", "gate", "inspection",
        // products and acronyms
        "Java", "Drools", "Markdown", "Word", "WPS", "Excel", "PDF", "DOCX", "HTML", "JSON", "JSONL", "SARIF", "DRL", "ZIP",
        "UTF", "GBK", "GB", "CPU", "MB", "KB", "ms", "BOM", "Windows",
        // environment variables and placeholders
        "XDG_CACHE_HOME", "XXGK_CACHE_DIR", "XXGK_IN_PROCESS", "LOCALAPPDATA", "off", "YYYY", "MM", "DD");

    @TempDir
    Path dir;

    @Test
    void no_english_word_reaches_a_user() throws Exception {
        Map<String, String> outputs = new TreeMap<>();
        // The real reports (every input format), the minimal report in five formats, and the table rules' cases (every formula).
        String[] reports = {"fixtures/reports", "fixtures/formats", "fixtures/rules/table"};
        outputs.put("check --explain", all(Cli.run(concat(new String[] {"check", "--explain", "--fail-on", "never"}, reports))));
        outputs.put("check --format html", html(Cli.run("check", "--format", "html", "--explain", "fixtures/reports")));
        outputs.put("rules list", all(Cli.run("rules", "list")));
        // The handbook's fenced blocks are the authors' report samples from the .test.md files, not the tool's words.
        outputs.put("rules doc", all(Cli.run("rules", "doc")).replaceAll("\\]\\(#[^)]*\\)", "]").replaceAll("(?s)```.*?```", " "));
        outputs.put("rules test", all(Cli.run("rules", "test", "NAR-FEE", "T3-BALANCE")));
        outputs.put("bench", all(Cli.run("bench", "--warmup", "0", "--iterations", "1", "--seconds", "0", "fixtures/formats/minimal.txt")));
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"check", "--help"}, new String[] {"rules", "--help"},
                new String[] {"rules", "test", "--help"}, new String[] {"rules", "new", "--help"}, new String[] {"rules", "doc", "--help"},
                new String[] {"rules", "list", "--help"}, new String[] {"bench", "--help"})) {
            outputs.put(String.join(" ", help), all(Cli.run(help)));
        }
        List<String[]> mistakes = List.of(new String[] {"chek"}, new String[] {"check", "--bogus", "a.txt"},
            new String[] {"check", "--format", "xml", "a.txt"}, new String[] {"check", "--jobs", "x", "a.txt"}, new String[] {"check"},
            new String[] {"rules"}, new String[] {"rules", "lst"}, new String[] {"check", "--format"},
            new String[] {"check", "--format", "json", "--format", "text", "a.txt"}, new String[] {"bench", "--seconds", "abc"},
            new String[] {"rules", "test", "NOPE"}, new String[] {"check", "没有这个文件.txt"},
            new String[] {"check", "--output", dir.toString(), "fixtures/formats/minimal.txt"},
            new String[] {"check", "--fail-on", "fatal", "a.txt"}, new String[] {"check", "--today", "tomorrow", "--waivers", "w.txt", "a.txt"});
        for (String[] m : mistakes) outputs.put(String.join(" ", m), all(Cli.run(m)));
        Files.writeString(dir.resolve("README.md"), "# notes\n");
        Files.writeString(dir.resolve("notes.txt"), "to do\n");
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.4\ngarbage\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(Path.of("fixtures/reports/000_e0ddddd15fe580f0.txt"), dir.resolve("000.txt"));
        Path w = Files.writeString(dir.resolve("waivers.txt"), "[a]\n报告 = 000.txt   # note\n规则 = NAR-FE\n理由 = r\n批准人 = p\n有效期至 = 2026-12-31\n"
            + "[b]\n机关 = 某镇\n规则 = NAR-FEE\n理由 = r\n批准人 = p\n有效期至 = 2020-12-31\n", StandardCharsets.UTF_8);
        outputs.put("check folder", all(Cli.run("check", "--profile", "gate", "--waivers", w.toString(), "--today", "2026-01-01", dir.toString())));

        Set<String> keys = cellKeys();
        Map<String, Set<String>> english = new TreeMap<>();
        outputs.forEach((command, text) -> {
            Set<String> words = english(text, keys);
            if (!words.isEmpty()) english.put(command, words);
        });
        assertEquals(Map.of(), english, "English words in what users read");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String all(Cli r) { return r.out() + "\n" + r.err(); }

    /** The text a reader sees in a page: no style, script, tags or attributes. */
    private static String html(Cli r) {
        return r.out().replaceAll("(?s)<(style|script)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
            .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", "\"") + "\n" + r.err();
    }

    /** Rule ids, table keys (T3) and the row and column keys of the templates: ids a user reads and writes. */
    private static Set<String> cellKeys() {
        Set<String> keys = new TreeSet<>();
        for (TableSpec t : TestRules.book().data().templates().tables().values()) {
            keys.add(t.table());
            keys.addAll(t.rows().keySet());
            keys.addAll(t.columns().keySet());
        }
        for (RuleInfo r : TestRules.book().rules()) keys.add(r.id());
        return keys;
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]*");

    static Set<String> english(String text, Set<String> keys) {
        String t = text.replaceAll("“[^”\\n]*”", " ")                      // quoted report or user text
            .replaceAll("https?://\\S+", " ")
            .replaceAll("(?<![\\w-])--?[A-Za-z][\\w-]*", " ")               // options
            .replaceAll("[^\\s，。；：（）、“”]*[/\\\\][^\\s，。；：（）、“”]*", " ")  // paths
            .replaceAll("[\\w.~$<>\\p{IsHan}-]+\\.(txt|md|html|htm|docx|pdf|json|drl|csv|jar|jsa|kjar|swp)\\b", " ")   // file names
            .replaceAll("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b", " ")        // rule ids
            .replaceAll("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-(?![a-z])", " ")  // rule id prefixes (SEC-, META-)
            .replaceAll("\\b\\w*\\d\\w*\\b", " ");                          // words with digits: hashes, sizes
        Set<String> out = new TreeSet<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2 || ALLOWED.contains(w) || keys.contains(w) || w.equals("xxgk-check")) continue;
            out.add(w);
        }
        return out;
    }
}
