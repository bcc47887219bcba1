package org.xxgkcheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xxgkcheck.findings.Severity;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;
import org.xxgkcheck.rules.RuleInfo;

/**
 * The stderr lines that say what a chosen profile changes: for each rule whose level it sets, the level before
 * and after and whether the points change too. A level alone never changes the points (only 扣分.编号 does),
 * which a profile author lowering a level would otherwise not know.
 */
final class ProfileNote {
    private ProfileNote() {}

    static List<String> lines(Profile p, RuleBook book) {
        List<String> out = new ArrayList<>();
        long selected = book.rules().stream().map(RuleInfo::id).distinct().filter(p::selects).count();
        out.add("提示：规则方案“" + p.name() + "”（" + p.id() + "）运行 " + selected + " 条规则。");
        for (Map.Entry<String, String> e : p.severities().entrySet()) {
            RuleInfo r = book.byId(e.getKey());
            if (r == null) continue;
            Severity from = Severity.parse(r.severity());
            Severity to = Severity.parse(e.getValue());
            Double points = p.points().get(e.getKey());
            String pts = points == null || points == r.points()
                ? "扣分不变，仍为每条 " + number(r.points()) + " 分（要改扣分，另写“扣分." + r.id() + " = 分数”）"
                : "扣分由每条 " + number(r.points()) + " 分改为 " + number(points) + " 分";
            out.add("提示：方案把 " + r.id() + " 的级别由" + (from == null ? r.severity() : from.chinese()) + "改为"
                + (to == null ? e.getValue() : to.chinese()) + "，" + pts + "。");
        }
        for (Map.Entry<String, Double> e : p.points().entrySet()) {
            RuleInfo r = book.byId(e.getKey());
            if (r == null || p.severities().containsKey(e.getKey())) continue;
            out.add("提示：方案把 " + r.id() + " 的扣分由每条 " + number(r.points()) + " 分改为 " + number(e.getValue()) + " 分，级别不变。");
        }
        return out;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
