package org.xxgkcheck.rules;

import java.util.List;
import org.kie.api.runtime.StatelessKieSession;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.findings.FindingOrder;

/** Runs the shared rule book over one report's facts in a short stateless session (DROOLS.md §4). */
public final class RuleRunner {
    private RuleRunner() {}

    /** Thrown when a rule fails while running (a type error the compiler let through, DROOLS.md §6.6). */
    public static final class RuleRuntimeException extends RuntimeException {
        public RuleRuntimeException(String message, Throwable cause) { super(message, cause); }
    }

    public static List<Finding> run(RuleBook book, List<Object> facts) {
        return run(book, facts, false);
    }

    /** @param explain attach to every finding the facts and numbers that made it fire (check --explain) */
    public static List<Finding> run(RuleBook book, List<Object> facts, boolean explain) {
        FindingSink sink = new FindingSink(book, explain);
        StatelessKieSession session = book.kieBase().newStatelessKieSession();
        session.setGlobal("findings", sink);
        try {
            session.execute(facts);
        } catch (RuntimeException e) {
            throw new RuleRuntimeException(describe(e), e);
        }
        return sink.findings().stream().sorted(FindingOrder.COMPARATOR).toList();
    }

    /** The rule's name and the root cause, in Chinese. */
    static String describe(Throwable e) {
        String rule = null;
        Throwable t = e;
        while (t != null) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getRule() != null) rule = ce.getRule().getName();
            if (t.getCause() == null || t.getCause() == t) break;
            t = t.getCause();
        }
        return "规则" + (rule == null ? "" : "“" + rule + "”") + "运行出错：" + t.getClass().getSimpleName()
            + (t.getMessage() == null ? "" : "：" + t.getMessage().strip().replace("\n", " "));
    }
}
