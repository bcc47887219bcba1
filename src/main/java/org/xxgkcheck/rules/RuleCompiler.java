package org.xxgkcheck.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL files with the classic build (DROOLS.md §1). The rules are independent of each other, so the files
 * are split into one partition per core and compiled in parallel: start-up is dominated by this compile.
 */
final class RuleCompiler {
    private RuleCompiler() {}

    record Compiled(List<KieBase> kieBases, List<RuleError> errors) {}

    static Compiled compile(List<RuleFile> files) {
        int n = Math.max(1, Math.min(Math.min(4, Runtime.getRuntime().availableProcessors()), files.size() / 8));
        List<List<RuleFile>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) parts.add(new ArrayList<>());
        for (int i = 0; i < files.size(); i++) parts.get(i % n).add(files.get(i));
        if (n == 1) return merge(List.of(build(parts.get(0), 0)));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Compiled>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> build(parts.get(k), k)));
            }
            List<Compiled> done = new ArrayList<>();
            for (Future<Compiled> f : futures) done.add(f.get());
            return merge(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Compiled merge(List<Compiled> parts) {
        List<KieBase> bases = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (Compiled c : parts) {
            bases.addAll(c.kieBases());
            errors.addAll(c.errors());
        }
        return new Compiled(bases, errors);
    }

    private static Compiled build(List<RuleFile> files, int partition) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("org.xxgkcheck", "rules-" + partition, "1.0.0");
        kfs.generateAndWritePomXML(rid);
        Map<String, RuleFile> byKiePath = new HashMap<>();
        for (RuleFile f : files) {
            // One flat folder named like the package, so Drools does not warn about folder/package mismatch.
            String kiePath = "rules/" + f.path().replace('/', '~');
            byKiePath.put(kiePath, f);
            kfs.write("src/main/resources/" + kiePath, f.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<RuleError> errors = new ArrayList<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            RuleFile f = m.getPath() == null ? null : byKiePath.get(m.getPath().replaceFirst("^src/main/resources/", ""));
            String path = f == null ? "" : f.path();
            int line = m.getLine();
            if (m.getText().contains("Parser returned a null Package") && errors.stream().anyMatch(e -> e.file().equals(path))) continue;
            errors.add(new RuleError("error", path.isEmpty() ? "rules/" : path, line, DroolsMessages.chinese(m.getText()),
                f == null ? "" : f.line(line), m.getText()));
        }
        if (!errors.isEmpty()) return new Compiled(List.of(), errors);
        return new Compiled(List.of(ks.newKieContainer(rid).getKieBase()), errors);
    }
}
