package org.xxgkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/xxgk-check, the launcher the README installs: through a link in another folder it finds the project's
 * target/xxgk-check.jar and passes every argument on; a missing jar is said in Chinese with exit 2. A stand-in
 * java ($JAVA) prints what it was given, so the test does not need the packaged jar.
 */
class ScriptLauncherTest {

    private static Result run(Path dir, List<String> args, Map<String, String> env) throws Exception {
        Path fakeJava = dir.resolve("fake-java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(false);
        pb.environment().put("JAVA", fakeJava.toString());
        pb.environment().remove("XXGK_CHECK_JAR");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    private record Result(int code, String out, String err) {}

    @Test
    void a_link_to_the_script_runs_the_projects_jar_with_every_argument(@TempDir Path dir) throws Exception {
        // A project laid out as in the repository (scripts/ beside target/), so the test needs no packaged jar.
        Path project = dir.resolve("项目");
        Path script = Files.createDirectories(project.resolve("scripts")).resolve("xxgk-check");
        Files.copy(Path.of("scripts/xxgk-check"), script);
        Path jar = Files.createDirectories(project.resolve("target")).resolve("xxgk-check.jar");
        Files.writeString(jar, "");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("xxgk-check"), script);
        Result r = run(dir, List.of("sh", link.toString(), "check", "报告 一.pdf", "--format", "json"), Map.of());
        assertEquals(0, r.code(), r.err());
        assertEquals("-jar\n" + project.resolve("scripts").toRealPath().resolve("../target/xxgk-check.jar") + "\ncheck\n报告 一.pdf\n--format\njson\n", r.out());
    }

    @Test
    void a_jar_beside_the_script_wins_and_a_missing_jar_is_said_in_chinese(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Path.of("scripts/xxgk-check"), dir.resolve("xxgk-check"));
        Files.writeString(dir.resolve("xxgk-check.jar"), "");
        Result beside = run(dir, List.of("sh", copy.toString(), "--version"), Map.of());
        assertEquals("-jar\n" + dir.toRealPath().resolve("xxgk-check.jar") + "\n--version\n", beside.out());
        Result missing = run(dir, List.of("sh", copy.toString(), "--version"), Map.of("XXGK_CHECK_JAR", dir.resolve("没有.jar").toString()));
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("错误：找不到 " + dir.resolve("没有.jar")), missing.err());
        assertEquals("", missing.out());
    }
}
