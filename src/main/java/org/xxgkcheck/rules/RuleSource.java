package org.xxgkcheck.rules;

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
import java.util.List;
import java.util.stream.Stream;
import org.xxgkcheck.read.InputFile;

/**
 * Where the rules come from: --rules DIR, else ./rules when it exists, else the copy bundled in the jar.
 * Files are read as UTF-8 bytes here, so the machine's default charset never changes a rule (DROOLS.md §6.11).
 */
public final class RuleSource {
    private RuleSource() {}

    static final String BUNDLED = "/bundled-rules";

    /** The rule files to use, sorted by path, with a description of where they came from. */
    public record Loaded(List<RuleFile> files, String origin) {}

    public static Loaded resolve(Path explicit) throws IOException {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) throw new IOException("规则目录不存在：" + explicit);
            return new Loaded(readDirectory(explicit), explicit.toString());
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local)) return new Loaded(readDirectory(local), "rules");
        return new Loaded(bundled(), "内置规则");
    }

    public static List<RuleFile> readDirectory(Path dir) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            // Not only regular files: a pipe or device named like a rule file is refused by name, not skipped.
            for (Path p : walk.filter(f -> !Files.isDirectory(f)).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!isRuleSetFile(rel)) continue;
                files.add(new RuleFile("rules/" + rel, guardedText(p, "rules/" + rel)));
            }
        }
        return files;
    }

    /** A rule set file is small text: larger ones are refused rather than read into memory. */
    static final long MAX_RULE_FILE_BYTES = 16L * 1024 * 1024;

    /** The file's text as UTF-8, read through the guarded path; refused files become an IOException in Chinese. */
    private static String guardedText(Path p, String shown) throws IOException {
        try {
            return new String(InputFile.read(p, MAX_RULE_FILE_BYTES), StandardCharsets.UTF_8);
        } catch (InputFile.Refused e) {
            throw new IOException(shown + "：" + e.getMessage(), e);
        }
    }

    /** The rules packaged under bundled-rules/ in the jar (or the build's classes folder during tests). */
    public static List<RuleFile> bundled() throws IOException {
        return readResourceTree(BUNDLED, "rules");
    }

    /** Reads a resource folder from the classpath, whether it lies in a directory or inside the jar. */
    static List<RuleFile> readResourceTree(String resource, String displayPrefix) throws IOException {
        URL url = RuleSource.class.getResource(resource);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Collections.emptyMap());
                }
                return readTree(fs.getPath(resource), displayPrefix);
            }
            return readTree(Path.of(uri), displayPrefix);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** DRL files and their .test.md anywhere below rules/, the data files (vocabulary, settings, scoring) at its top, profiles/ and templates/. */
    static boolean isRuleSetFile(String rel) {
        return rel.endsWith(".drl") || rel.endsWith(".test.md") || RuleData.FILES.contains(rel) || rel.matches("(profiles|templates)/[^/]+\\.txt");
    }

    private static List<RuleFile> readTree(Path root, String displayPrefix) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!isRuleSetFile(rel)) continue;
                files.add(new RuleFile(displayPrefix + "/" + rel, new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
            }
        }
        return files;
    }
}
