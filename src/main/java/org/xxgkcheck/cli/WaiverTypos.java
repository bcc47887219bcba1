package org.xxgkcheck.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.xxgkcheck.findings.Waiver;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleInfo;
import org.xxgkcheck.template.TableSpec;
import org.xxgkcheck.template.TemplateBook;

/**
 * Waivers that can never match because of what is written in them: a rule id the rule set does not have, a rule
 * the chosen profile does not run, a part, table, row or column the template does not have. Said before the
 * check, so an inspector does not read "no matching finding" at the end and think the finding went away.
 */
final class WaiverTypos {
    private WaiverTypos() {}

    static List<String> find(List<Waiver> waivers, RuleBook book, Profile profile) {
        Set<String> ids = new TreeSet<>();
        for (RuleInfo r : book.rules()) ids.add(r.id());
        TemplateBook t = book.data().templates();
        List<String> out = new ArrayList<>();
        for (Waiver w : waivers) {
            String at = "豁免 " + w.source() + "（" + w.ruleId() + "）";
            if (!ids.contains(w.ruleId())) {
                String near = nearest(w.ruleId(), ids);
                out.add(at + "：没有编号为“" + w.ruleId() + "”的规则" + (near == null ? "" : "，是否应为 " + near) + "？这条豁免不会生效。");
            } else if (profile != null && !profile.selects(w.ruleId())) {
                out.add(at + "：规则方案“" + profile.name() + "”不运行这条规则，这条豁免不会生效。");
            }
            if (w.part() != null && (w.part() < 1 || w.part() > 6)) {
                out.add(at + "：部分应为 1 至 6，不能是 " + w.part() + "，这条豁免不会生效。");
            }
            if (w.table() == null) {
                if (w.row() != null || w.column() != null) out.add(at + "：写了行或列，还要写“表 = T2、T3 或 T4”。");
                continue;
            }
            TableSpec table = t.table(w.table());
            if (table == null) {
                out.add(at + "：没有表“" + w.table() + "”，应为 " + String.join("、", t.tables().keySet()) + " 之一，这条豁免不会生效。");
                continue;
            }
            if (w.row() != null && !table.rows().containsKey(w.row())) {
                out.add(at + "：" + table.name() + "没有编号为“" + w.row() + "”的行（可用：" + String.join(" ", table.rows().keySet()) + "），这条豁免不会生效。");
            }
            if (w.column() != null && !table.columns().containsKey(w.column())) {
                out.add(at + "：" + table.name() + "没有编号为“" + w.column() + "”的列（可用：" + String.join(" ", table.columns().keySet()) + "），这条豁免不会生效。");
            }
        }
        return out;
    }

    /** The rule id closest to a misspelt one (at most 3 edits), or null. */
    static String nearest(String id, Set<String> ids) {
        return ids.stream().filter(c -> distance(id, c) <= 3).min(Comparator.comparingInt(c -> distance(id, c))).orElse(null);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toUpperCase(a.charAt(i - 1)) == Character.toUpperCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
