package org.xxgkcheck.rules;

/** The metadata of one rule, read from its DRL annotations (@id, @title, @severity, …). */
public record RuleInfo(String name, String id, String title, String severity, String category,
                       String basis, double points, String scoreCategory, String file, int line) {}
