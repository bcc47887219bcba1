package org.xxgkcheck.rules;

import java.util.List;

/** One DRL file as read from disk or from the jar: its display path (rules/table/T3-BALANCE.drl) and text. */
public record RuleFile(String path, String text) {

    /** The source line with the given 1-based number, or "". */
    public String line(int number) {
        List<String> lines = text.lines().toList();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** The folder under rules/ (the category), or "". */
    public String folder() {
        String[] parts = path.split("/");
        return parts.length >= 3 ? parts[parts.length - 2] : "";
    }

    /** The file name without .drl. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
    }
}
