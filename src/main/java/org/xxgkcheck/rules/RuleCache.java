package org.xxgkcheck.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.xxgkcheck.model.Tool;

/**
 * A cache of the compiled rules, so a short run does not compile them again (DROOLS.md §5). A cache miss
 * compiles with the classic build as always (it alone gives readable errors), then also builds the executable
 * model and stores its kjar bytes in the cache folder; a hit loads that kjar, which takes a fraction of the time.
 * <p>
 * An entry is named after a SHA-256 over every rule-set file (path and text), the tool version and build, and the
 * Drools and Java versions, so any edit under rules/ simply misses. A missing, unreadable or corrupt entry is a
 * miss; a folder that cannot be written means no cache. Nothing here is ever shown to the user except through
 * {@code debug}.
 * <p>
 * Why internal Drools classes: a kjar built in memory has no kmodule.xml, so the public
 * KieRepository.addKieModule(resource) cannot read it back, and writing one needs drools-xml-support.
 * CanonicalKieModule with the default module model is the route that works (measured in DROOLS.md §5).
 */
public final class RuleCache {
    /** Environment variable naming the cache folder; "off" disables the cache. */
    public static final String ENV = "XXGK_CACHE_DIR";
    /** The same as a system property, which wins over the environment (the tests set it). */
    public static final String PROPERTY = "xxgk.cache.dir";
    static final String OFF = "off";
    private static final String SUFFIX = ".kjar";
    /** Entries kept besides the one just written: a few rule sets (bundled, local, a colleague's) stay warm. */
    private static final int KEEP = 8;
    /** Bigger than any real entry (under 1 MB for 75 rules): anything larger is not ours. */
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** The kjar's model class is named after its release id, so build and load must use the same one. */
    private static final String GROUP = "org.xxgkcheck", ARTIFACT = "rules-cache", VERSION = "1.0.0";
    /** The KieRepository is global and keyed by release id: one cache build or load at a time per JVM. */
    private static final Object REPOSITORY_LOCK = new Object();

    private final Path dir;
    private final Consumer<String> debug;
    private final boolean read;

    private RuleCache(Path dir, Consumer<String> debug, boolean read) {
        this.dir = dir;
        this.debug = debug;
        this.read = read;
    }

    /** A cache in the given folder; null means no cache. debug receives what happens (Chinese, for --debug). */
    public static RuleCache in(Path dir, Consumer<String> debug) {
        return new RuleCache(dir, debug == null ? s -> { } : debug, true);
    }

    /** The same cache, but never read: rules verify always compiles with the classic build, and may fill the cache. */
    public RuleCache writeOnly() {
        return new RuleCache(dir, debug, false);
    }

    /**
     * The folder the cache lives in when no --cache-dir is given: the xxgk.cache.dir property, XXGK_CACHE_DIR,
     * else the platform's user cache folder. Null when the cache is switched off ("off") or there is no home.
     */
    public static Path defaultDir() {
        String set = System.getProperty(PROPERTY);
        if (set == null || set.isBlank()) set = System.getenv(ENV);
        if (set != null && !set.isBlank()) return set.strip().equalsIgnoreCase(OFF) ? null : Path.of(set.strip());
        String base = System.getProperty("os.name", "").startsWith("Windows") ? System.getenv("LOCALAPPDATA") : System.getenv("XDG_CACHE_HOME");
        if (base != null && !base.isBlank()) return Path.of(base, Tool.NAME);
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", Tool.NAME);
    }

    /** What a rule set compiled to: the KieBases (one for a cache hit), or null when the cache has nothing usable. */
    List<KieBase> load(String key) {
        if (dir == null || !read) return null;
        Entry entry = find(key);
        if (entry == null) {
            debug.accept("规则缓存未命中：" + dir.resolve(key + "-…" + SUFFIX));
            return null;
        }
        if (entry.size() == 0) {
            debug.accept("规则缓存记录此规则集不能预编译，按原方式编译：" + entry.file());
            return null;
        }
        long t0 = System.nanoTime();
        try {
            KieBase kieBase;
            synchronized (REPOSITORY_LOCK) {
                KieServices ks = KieServices.Factory.get();
                ReleaseId rid = ks.newReleaseId(GROUP, ARTIFACT, VERSION);
                KieModuleModel model = ks.newKieModuleModel();
                KieBuilderImpl.setDefaultsforEmptyKieModule(model);
                // The File route reads the jar in a few ms; MemoryFileSystem.readFromJar(bytes) took 150 ms more.
                ks.getRepository().addKieModule(new CanonicalKieModule(rid, model, entry.file().toFile()));
                try {
                    kieBase = ks.newKieContainer(rid).getKieBase();
                } finally {
                    ks.getRepository().removeKieModule(rid);
                }
            }
            debug.accept(String.format("规则缓存命中：%s（加载 %.0f ms）", entry.file(), (System.nanoTime() - t0) / 1e6));
            return List.of(kieBase);
        } catch (RuntimeException | LinkageError e) {
            // Sound bytes that still do not load (replaced between check and load, or a Drools surprise): build again.
            debug.accept("规则缓存无法加载，将重新编译：" + entry.file() + "：" + e);
            delete(entry.file());
            return null;
        }
    }

    /** A line for --debug (timings of the rule loading). */
    void note(String line) {
        debug.accept(line);
    }

    /** Deletes the entries of a key (one that loaded but is not what it should be). */
    void drop(String key) {
        if (dir == null) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, key + "-*" + SUFFIX)) {
            for (Path p : s) delete(p);
        } catch (IOException | RuntimeException e) {
            debug.accept("无法删除规则缓存：" + e);
        }
    }

    /** Whether the folder already holds a sound entry for the key (rules verify only fills a missing one). */
    boolean has(String key) {
        return dir != null && find(key) != null;
    }

    /**
     * After a classic build succeeded: builds the executable model of the DRL files and stores it. A rule set the
     * executable model cannot compile, or would not run the same, is stored as an empty entry, so later runs use
     * the classic build without trying again.
     */
    void store(String key, List<RuleFile> drlFiles) {
        if (dir == null) return;
        long t0 = System.nanoTime();
        byte[] kjar;
        List<String> ternary = drlFiles.stream().filter(f -> !RuleLint.ternaryLines(f).isEmpty()).map(RuleFile::path).toList();
        if (!ternary.isEmpty()) {
            // The executable model drops a condition written with ? : and the rule fires regardless (CON-APPS did).
            debug.accept("条件中有 ? : 的规则不能预编译（" + String.join("、", ternary) + "），此规则集不缓存");
            kjar = new byte[0];
        } else {
            try {
                kjar = build(drlFiles);
            } catch (RuntimeException | LinkageError e) {
                debug.accept("执行模型编译失败：" + e);
                kjar = new byte[0];
            }
            debug.accept(String.format("执行模型编译 %.0f ms", (System.nanoTime() - t0) / 1e6));
        }
        write(key, kjar);
    }

    private byte[] build(List<RuleFile> drlFiles) {
        synchronized (REPOSITORY_LOCK) {
            KieServices ks = KieServices.Factory.get();
            ReleaseId rid = ks.newReleaseId(GROUP, ARTIFACT, VERSION);
            KieFileSystem kfs = ks.newKieFileSystem();
            kfs.generateAndWritePomXML(rid);
            for (RuleFile f : drlFiles) {
                kfs.write("src/main/resources/rules/" + f.path().replace('/', '~'), f.text().getBytes(StandardCharsets.UTF_8));
            }
            KieBuilder kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            try {
                List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
                if (!errors.isEmpty()) {
                    // Policy staff may write DRL only the classic build accepts; such a rule set is simply not cached.
                    debug.accept("此规则集不能用执行模型编译（" + errors.size() + " 处错误），不缓存：" + errors.get(0).getText().lines().findFirst().orElse(""));
                    return new byte[0];
                }
                return ((InternalKieModule) kb.getKieModule()).getBytes();
            } finally {
                ks.getRepository().removeKieModule(rid);
            }
        }
    }

    /**
     * Writes to a temp file in the folder, then moves it into place, so a reader never sees half an entry. The
     * entry is the plain kjar (Drools reads it as a file); its name carries the key and a checksum of its bytes.
     */
    private void write(String key, byte[] kjar) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            Path entry = dir.resolve(key + "-" + checksum(kjar) + SUFFIX);
            tmp = Files.createTempFile(dir, key.substring(0, 16), ".tmp");
            Files.write(tmp, kjar);
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            debug.accept("已写入规则缓存：" + entry + "（" + kjar.length / 1024 + " KB）");
            prune(entry);
        } catch (IOException | RuntimeException e) {
            // No cache folder (read-only home, no permission, disk full, another process won the move): run without.
            debug.accept("无法写入规则缓存 " + dir + "：" + e);
        } finally {
            if (tmp != null) delete(tmp);
        }
    }

    /** Keeps the newest few entries; drops temp files a killed process left behind. */
    private void prune(Path keep) throws IOException {
        List<Path> entries = new ArrayList<>();
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX) && !p.equals(keep)) entries.add(p);
                else if (name.endsWith(".tmp") && modified(p) < hourAgo) delete(p);
            }
        }
        entries.sort(Comparator.comparingLong(RuleCache::modified).reversed());
        for (int i = KEEP; i < entries.size(); i++) delete(entries.get(i));
    }

    /** A sound entry: its file and size (0: the rule set cannot be cached). */
    private record Entry(Path file, int size) {}

    /**
     * The entry for the key whose bytes match the checksum in its name; entries that do not (truncated, altered)
     * are deleted. Null when there is none or the folder cannot be read.
     */
    private Entry find(String key) {
        if (!Files.isDirectory(dir)) return null;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, key + "-*" + SUFFIX)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                String sum = name.substring(key.length() + 1, name.length() - SUFFIX.length());
                byte[] bytes;
                try {
                    if (Files.size(p) > MAX_ENTRY_BYTES) throw new IOException("too large");
                    bytes = Files.readAllBytes(p);
                } catch (IOException e) {
                    debug.accept("无法读取规则缓存 " + p + "：" + e);
                    continue;
                }
                if (sum.equals(checksum(bytes))) return new Entry(p, bytes.length);
                debug.accept("规则缓存已损坏，将重新编译：" + p);
                delete(p);
            }
        } catch (IOException | RuntimeException e) {
            debug.accept("无法读取规则缓存目录 " + dir + "：" + e);
        }
        return null;
    }

    /** The first 64 bits of the SHA-256 of an entry's bytes, in hex: enough to tell a damaged file. */
    private static String checksum(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes), 0, 8);
    }

    /**
     * SHA-256 over every file of the rule set (path and text, in the order read) and what the compiled form depends
     * on: this tool's version and build (the fact classes it was compiled against), Drools and Java.
     */
    static String key(List<RuleFile> files) {
        MessageDigest md = sha256();
        for (String part : List.of(Tool.NAME, Tool.VERSION, build(), org.drools.base.util.Drools.getFullVersion(),
                Runtime.version().toString(), System.getProperty("java.vm.vendor", ""))) {
            field(md, part);
        }
        for (RuleFile f : files) {
            field(md, f.path());
            field(md, f.text());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void field(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }

    /**
     * The build of this program: the jar's size and time. The compiled rules call the fact classes and FindingSink,
     * so a rebuilt jar with the same version number must not reuse them. Run from a classes folder (IDE, tests):
     * the newest time of those class files.
     */
    private static String build() {
        try {
            Path own = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(own)) return Files.size(own) + "@" + Files.getLastModifiedTime(own).toMillis();
            long newest = modified(own.resolve("org/xxgkcheck/rules/FindingSink.class"));
            try (DirectoryStream<Path> s = Files.newDirectoryStream(own.resolve("org/xxgkcheck/facts"))) {
                for (Path p : s) newest = Math.max(newest, modified(p));
            }
            return "classes@" + newest;
        } catch (Exception e) {
            return "";
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Another process may hold it; it is replaced or pruned later.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
