package org.xxgkcheck.rules;

import java.util.List;

/** The rule set cannot be used: it does not compile or its metadata is invalid (exit code 3). */
public final class RuleSetException extends Exception {
    private final List<RuleError> errors;

    public RuleSetException(List<RuleError> errors) {
        super(errors.isEmpty() ? "规则集无效" : errors.get(0).format());
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() { return errors; }
}
