package org.xxgkcheck.findings;

import java.util.Locale;

/** How bad a finding is; the order matters for --fail-on (error ≥ warning ≥ info). */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String chinese;

    Severity(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** True when this severity is at least as serious as the threshold. */
    public boolean atLeast(Severity threshold) { return ordinal() <= threshold.ordinal(); }

    /**
     * Parses "error", "warning" or "info", or the Chinese words every output prints (错误, 警告, 提示), so a
     * profile, a waiver or --fail-on can be written with the word the user read; null for anything else.
     */
    public static Severity parse(String s) {
        if (s == null) return null;
        String t = s.trim();
        for (Severity v : values()) if (v.id().equals(t) || v.chinese.equals(t)) return v;
        return null;
    }
}
