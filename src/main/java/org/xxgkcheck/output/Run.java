package org.xxgkcheck.output;

import java.time.LocalDate;
import org.xxgkcheck.model.Tool;

/**
 * What a filed batch result says about how it was made: the tool's version, the rule set's hash, the profile's
 * name (null: every rule as written) and the date of the check (null: not stated).
 */
public record Run(String version, String ruleSet, String profile, LocalDate date) {
    public static final Run NONE = new Run(Tool.VERSION, "", null, null);

    String profileText() { return profile == null ? "全部规则（未指定规则方案）" : profile; }

    String dateText() { return date == null ? "" : date.toString(); }
}
