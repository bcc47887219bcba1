package org.xxgkcheck.rules;

/**
 * The metadata of one rule, read from its DRL annotations (@id, @title, @severity, …); maxPoints null = no cap.
 * requirement is the comment its author wrote above the rule (要求 / 判断), when its conditions as written.
 */
public record RuleInfo(String name, String id, String title, String severity, String category,
                       String basis, double points, Double maxPoints, String scoreCategory, String file, int line,
                       String requirement, String when) {}
