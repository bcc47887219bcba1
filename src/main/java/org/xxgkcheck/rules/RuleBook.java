package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * The compiled rule set: built once per process from the DRL files with the classic build (DROOLS.md §1),
 * shared by every report. Compile errors and invalid metadata come back as Chinese RuleErrors.
 */
public final class RuleBook {
    private final List<KieBase> kieBases;
    private final Map<String, RuleInfo> byName;
    private final List<RuleFile> files;
    private final RuleData data;
    private final Map<String, Profile> profiles;
    private final List<RuleFile> testFiles;
    private final List<RuleError> warnings = new ArrayList<>();
    private String hash = "";

    private RuleBook(List<KieBase> kieBases, Map<String, RuleInfo> byName, List<RuleFile> files, RuleData data,
                     Map<String, Profile> profiles, List<RuleFile> testFiles) {
        this.testFiles = testFiles;
        this.kieBases = kieBases;
        this.byName = byName;
        this.files = files;
        this.data = data;
        this.profiles = profiles;
    }

    /**
     * The first 12 hex digits of a SHA-256 over every file of the rule set (path and text): printed in batch results
     * so a filed result says which rules it was checked by, and two results can be told apart.
     */
    public String hash() { return hash; }

    /** Problems that do not stop the rules from running (deprecated forms): shown by rules verify. */
    public List<RuleError> warnings() { return warnings; }

    /** The test files policy staff keep beside the rules (&lt;编号&gt;.test.md). */
    public List<RuleFile> testFiles() { return testFiles; }

    /** The profiles of rules/profiles/, by file name. */
    public Map<String, Profile> profiles() { return profiles; }

    /** Keyword families, thresholds and the score scheme of this rule set. */
    public RuleData data() { return data; }

    /** The compiled rules, one KieBase per partition (compiled in parallel); every report runs through all of them. */
    public List<KieBase> kieBases() { return kieBases; }

    public List<RuleFile> files() { return files; }

    /** All rules, one per id, in file order. */
    public Collection<RuleInfo> rules() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (RuleInfo r : byName.values()) byId.putIfAbsent(r.id(), r);
        return byId.values();
    }

    public RuleInfo byId(String id) {
        return byName.values().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    public RuleInfo byName(String ruleName) { return byName.get(ruleName); }

    /** Compiles the files; throws with every compile and metadata error found. */
    public static RuleBook compile(List<RuleFile> all) throws RuleSetException {
        return compile(all, null);
    }

    /**
     * As {@link #compile(List)}, but the Drools build is taken from the cache when it holds this exact rule set;
     * otherwise it is compiled with the classic build and, when that succeeds, stored. Everything else (data,
     * metadata, lint, profiles) is read from the files each time: it is cheap and its errors stay as they are.
     */
    public static RuleBook compile(List<RuleFile> all, RuleCache cache) throws RuleSetException {
        List<RuleFile> files = all.stream().filter(f -> f.path().endsWith(".drl")).toList();
        Map<String, RuleFile> dataFiles = new HashMap<>();
        List<RuleFile> profileFiles = new ArrayList<>();
        List<RuleFile> templateFiles = new ArrayList<>();
        List<RuleFile> testFiles = all.stream().filter(f -> f.path().endsWith(".test.md")).toList();
        for (RuleFile f : all) {
            if (f.path().endsWith(".test.md")) continue;
            if (f.path().contains("/profiles/")) profileFiles.add(f);
            else if (f.path().contains("/" + TemplateFiles.FOLDER)) templateFiles.add(f);
            else if (!f.path().endsWith(".drl")) dataFiles.put(f.path().substring(f.path().lastIndexOf('/') + 1), f);
        }
        long t0 = System.nanoTime();
        List<RuleError> dataErrors = new ArrayList<>();
        RuleData data = RuleData.read(dataFiles, templateFiles, dataErrors);
        if (files.isEmpty()) {
            throw new RuleSetException(List.of(new RuleError("error", "rules/", 0, "规则目录中没有任何 .drl 规则文件", "", "")));
        }
        long t1 = System.nanoTime();
        String key = cache == null ? null : RuleCache.key(all);
        List<KieBase> cached = cache == null ? null : cache.load(key);
        if (cached != null && !RuleMetadata.complete(cached, files)) {
            // Never run with rules missing: compile as if there were no cache (the entry is then replaced).
            cache.note("规则缓存中缺少规则，按原方式编译");
            cache.drop(key);
            cached = null;
        }
        RuleCompiler.Compiled compiled = cached != null ? new RuleCompiler.Compiled(cached, List.of()) : RuleCompiler.compile(files);
        long t2 = System.nanoTime();
        List<RuleError> punctuation = RuleLint.punctuation(files);
        java.util.Set<String> misTyped = new java.util.HashSet<>();
        punctuation.forEach(e -> misTyped.add(e.file()));
        // Drools' syntax errors in a file with Chinese punctuation follow from it: the punctuation error says it better.
        List<RuleError> errors = new ArrayList<>(compiled.errors().stream().filter(e -> !misTyped.contains(e.file())).toList());
        errors.addAll(punctuation);
        errors.addAll(dataErrors);
        if (!errors.isEmpty()) throw new RuleSetException(errors);
        List<KieBase> kieBases = compiled.kieBases();
        Map<String, RuleInfo> byName = RuleMetadata.read(kieBases, files, data, errors);
        List<RuleError> warnings = new ArrayList<>();
        RuleLint.check(files, data, errors, warnings);
        java.util.Set<String> ids = new java.util.HashSet<>();
        byName.values().forEach(r -> ids.add(r.id()));
        Map<String, Profile> profiles = new LinkedHashMap<>();
        // A profile naming a rule that failed above would only repeat that error.
        for (RuleFile f : errors.isEmpty() ? profileFiles : List.<RuleFile>of()) {
            String id = f.baseName().replaceAll("\\.txt$", "");
            profiles.put(id, Profile.read(id, f, ids, errors));
        }
        if (!errors.isEmpty()) throw new RuleSetException(errors);
        if (cache != null) {
            cache.note(String.format("规则数据 %.0f ms，%s %.0f ms，元数据与检查 %.0f ms",
                (t1 - t0) / 1e6, cached != null ? "读取缓存" : "编译", (t2 - t1) / 1e6, (System.nanoTime() - t2) / 1e6));
            // Only a rule set without any error is stored (verify fills a missing entry, never replaces one).
            if (cached == null && !cache.has(key)) cache.store(key, files);
        }
        RuleBook book = new RuleBook(kieBases, byName, files, data, profiles, testFiles);
        book.warnings.addAll(warnings);
        book.hash = hash(all);
        return book;
    }

    static String hash(List<RuleFile> all) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (RuleFile f : all) {
                for (String s : List.of(f.path(), f.text())) {
                    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    // Each field's length first, so no two different sets of files hash the same bytes.
                    md.update((b.length + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    md.update(b);
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
