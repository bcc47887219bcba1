package org.xxgkcheck;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The tool as a user starts it — a jar with class-data archives and their seals beside it — built in a folder of
 * the test's own, since `mvn test` runs before the packaged jar exists. The jar holds target/classes; the
 * libraries stay in the local Maven repository, named in the manifest's Class-Path (which class-data archives
 * accept, unlike folders). The archives are made as the pom makes them, smaller: a base of the JDK's default
 * classes and a top layer recorded by one check.
 */
final class TestApp {
    final Path dir;
    final Path jar;
    final Path base;
    final Path top;

    private TestApp(Path dir) {
        this.dir = dir;
        this.jar = dir.resolve("xxgk-check.jar");
        this.base = dir.resolve("xxgk-check-base.jsa");
        this.top = dir.resolve("xxgk-check.jsa");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static TestApp build(Path dir, Path ruleCache) throws Exception {
        TestApp app = new TestApp(Files.createDirectories(dir));
        app.writeJar();
        run(List.of(java(), "-Xshare:dump", "-XX:SharedArchiveFile=" + app.base, "-Xlog:disable", "-cp", app.jar.toString()));
        run(List.of(java(), "-XX:SharedArchiveFile=" + app.base, "-XX:ArchiveClassesAtExit=" + app.top, "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xlog:disable", "-Dxxgk.child=1", "-cp", app.jar.toString(), Main.class.getName(), "check",
            "--rules", "rules", "--cache-dir", ruleCache.toString(), "--fail-on", "never", "fixtures/formats/minimal.txt"));
        ArchiveSeal.main(new String[] {app.base.toString(), app.top.toString()});
        return app;
    }

    private void writeJar() throws IOException, URISyntaxException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libraries().stream().map(p -> p.toUri().toString()).toList()));
        Path classes = Path.of("target/classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }

    /** The jars of the test class path, whether listed directly or in the manifest of Surefire's class-path jar. */
    private static List<Path> libraries() throws IOException {
        Set<Path> jars = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath();
            if (!p.toString().endsWith(".jar")) continue;
            try (JarFile jf = new JarFile(p.toFile())) {
                Manifest mf = jf.getManifest();
                String cp = mf == null ? null : mf.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (p.getFileName().toString().startsWith("surefirebooter") && cp != null) {
                    for (String u : cp.split(" ")) {
                        if (!u.isBlank() && u.endsWith(".jar")) jars.add(Path.of(java.net.URI.create(u)));
                    }
                } else {
                    jars.add(p);
                }
            }
        }
        return new ArrayList<>(jars);
    }

    static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("failed: " + cmd);
        }
    }
}
