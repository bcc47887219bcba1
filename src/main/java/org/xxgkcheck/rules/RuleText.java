package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.List;

/** Reads the human parts of a rule file: the comment above the rules, and a rule's `when` block. */
final class RuleText {
    private RuleText() {}

    /** The comment block just before the first rule of the file, without the // markers. */
    static String requirement(String fileText) {
        List<String> lines = fileText.lines().toList();
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("rule ")) {
                first = i;
                break;
            }
        }
        List<String> comment = new ArrayList<>();
        for (int i = first - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (!l.startsWith("//")) break;
            comment.add(0, l.substring(2).strip());
        }
        return String.join("\n", comment);
    }

    /** The lines between `when` and `then` of the rule declared on the given 1-based line. */
    static String when(String fileText, int ruleLine) {
        List<String> lines = fileText.lines().toList();
        List<String> out = new ArrayList<>();
        boolean inWhen = false;
        for (int i = Math.max(0, ruleLine - 1); i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("when")) {
                inWhen = true;
                continue;
            }
            if (l.equals("then")) break;
            if (inWhen && !l.isEmpty() && !l.startsWith("//")) out.add(lines.get(i).stripTrailing());
        }
        return String.join("\n", out);
    }
}
