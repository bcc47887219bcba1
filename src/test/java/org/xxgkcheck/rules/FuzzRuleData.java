package org.xxgkcheck.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the project's rules/ (vocabulary, settings, scoring, templates) read without compiling the DRL, so a
 * fuzz test starts in a second instead of the time a Drools build takes.
 */
public final class FuzzRuleData {
    private FuzzRuleData() {}

    private static RuleData data;

    public static synchronized RuleData data() {
        if (data == null) {
            List<RuleError> errors = new ArrayList<>();
            data = RuleData.read(dataFiles(), templateFiles(), errors);
            if (!errors.isEmpty()) throw new IllegalStateException("rules/ data has errors: " + errors);
        }
        return data;
    }

    private static List<RuleFile> all;

    static synchronized List<RuleFile> all() {
        if (all == null) {
            try {
                all = RuleSource.readDirectory(Path.of("rules"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    static Map<String, RuleFile> dataFiles() {
        Map<String, RuleFile> byName = new HashMap<>();
        for (RuleFile f : all()) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (RuleData.FILES.contains(name)) byName.put(name, f);
        }
        return byName;
    }

    static List<RuleFile> templateFiles() {
        return all().stream().filter(f -> f.path().contains("/" + TemplateFiles.FOLDER)).toList();
    }
}
