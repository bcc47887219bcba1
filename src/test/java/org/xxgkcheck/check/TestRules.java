package org.xxgkcheck.check;

import java.nio.file.Path;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleSource;

/** The project's rules/ compiled once for the whole test run, as the CLI compiles them once per process. */
public final class TestRules {
    private TestRules() {}

    private static RuleBook book;

    public static synchronized RuleBook book() {
        if (book == null) {
            try {
                book = RuleBook.compile(RuleSource.readDirectory(Path.of("rules")));
            } catch (Exception e) {
                throw new IllegalStateException("rules/ does not compile: " + e.getMessage(), e);
            }
        }
        return book;
    }

    public static Checker checker() {
        return new Checker(book());
    }
}
