package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.output.ConfigurationNote;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleCache;
import org.xxgkcheck.rules.RuleError;
import org.xxgkcheck.rules.RuleSetException;
import org.xxgkcheck.rules.RuleSource;

/** Loads and compiles the rule set for a command, printing Chinese errors to stderr when it cannot. */
final class RuleLoading {
    private RuleLoading() {}

    /**
     * Null when the rules cannot be used; the errors were printed. The compiled rules come from the cache when it
     * holds this exact rule set (cache null: always compile).
     */
    static RuleBook load(Path rulesDir, RuleCache cache, PrintStream err) {
        return load(rulesDir, cache, err, new ArrayList<>(), false);
    }

    /** As above; debug also prints Drools' own message under each error. */
    static RuleBook load(Path rulesDir, RuleCache cache, PrintStream err, boolean debug) {
        return load(rulesDir, cache, err, new ArrayList<>(), debug);
    }

    /**
     * As above; each error is also added to {@code errors}, for an output format that lists them (SARIF), and debug
     * also prints Drools' own message under each error.
     */
    static RuleBook load(Path rulesDir, RuleCache cache, PrintStream err, List<ConfigurationNote> errors, boolean debug) {
        RuleSource.Loaded loaded;
        try {
            loaded = RuleSource.resolve(rulesDir);
        } catch (IOException e) {
            String why = org.xxgkcheck.read.IoReason.message(e);
            err.println("错误：无法读取规则：" + why);
            errors.add(new ConfigurationNote("error", String.valueOf(rulesDir), 0, "无法读取规则：" + why, null));
            return null;
        }
        try {
            return RuleBook.compile(loaded.files(), cache);
        } catch (RuleSetException e) {
            for (RuleError re : e.errors()) {
                err.println(re.format(debug));
                errors.add(new ConfigurationNote(re.isError() ? "error" : "warning", re.file(), re.line(), re.message(), re.source()));
            }
            err.println("规则集有 " + e.errors().size() + " 处错误（规则来源：" + loaded.origin() + "），未检查任何报告。");
            return null;
        }
    }
}
