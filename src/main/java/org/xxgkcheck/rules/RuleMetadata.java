package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads every rule's metadata (@id, @title, @severity, @category, @basis, @points, @scoreCategory, @maxPoints)
 * and checks it: complete, valid values, unique ids and names, file named after the id, folder after the category.
 */
final class RuleMetadata {
    private RuleMetadata() {}

    private static final Pattern ID = Pattern.compile("^(SEC|TPL|T2|T3|T4|NAR|CON|X|META)-[A-Z0-9]+(-[A-Z0-9]+)*$");
    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final List<String> CATEGORIES = List.of("structure", "table", "narrative", "metadata");
    private static final List<String> SCORE_CATEGORIES = List.of("A", "B", "C", "D", "E");

    /** Reads and checks the metadata of every rule: complete, valid values, unique ids, file and folder names. */
    static Map<String, RuleInfo> read(List<KieBase> kieBases, List<RuleFile> files, RuleData data,
                                                      List<RuleError> errors) {
        Map<String, Rule> rules = new HashMap<>();
        for (KieBase kieBase : kieBases) for (KiePackage p : kieBase.getKiePackages()) for (Rule r : p.getRules()) rules.put(r.getName(), r);
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (RuleFile f : files) {
            Matcher m = RULE_DECL.matcher(f.text());
            while (m.find()) {
                int line = lineOf(f.text(), m.start(1));
                Rule r = rules.get(m.group(1));
                if (r == null) continue;
                RuleInfo info = check(r, f, line, data, errors);
                if (info == null) continue;
                RuleInfo sameName = byName.get(r.getName());
                if (sameName != null) {
                    errors.add(new RuleError("error", f.path(), line, "规则名称“" + r.getName() + "”重复，已在 " + sameName.file()
                        + " 第 " + sameName.line() + " 行使用：所有规则文件同属一个包，规则名必须唯一。", f.line(line), ""));
                    continue;
                }
                RuleInfo twin = byId.putIfAbsent(info.id(), info);
                // Several rules of one file may share the file's id (one requirement, several patterns).
                if (twin != null && !twin.file().equals(info.file())) {
                    errors.add(new RuleError("error", f.path(), line, "规则编号 " + info.id() + " 重复，已在 " + twin.file()
                        + " 第 " + twin.line() + " 行使用；每个编号只能对应一条规则", f.line(line), ""));
                }
                byName.put(r.getName(), info);
            }
        }
        return byName;
    }

    /** Whether every rule declared in the files is in the KieBases (a cached build must hold them all). */
    static boolean complete(List<KieBase> kieBases, List<RuleFile> files) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (KieBase kieBase : kieBases) for (KiePackage p : kieBase.getKiePackages()) for (Rule r : p.getRules()) names.add(r.getName());
        for (RuleFile f : files) {
            Matcher m = RULE_DECL.matcher(f.text());
            while (m.find()) if (!names.contains(m.group(1))) return false;
        }
        return true;
    }

    private static RuleInfo check(Rule r, RuleFile f, int line, RuleData data, List<RuleError> errors) {
        Map<String, Object> md = r.getMetaData();
        List<String> missing = new ArrayList<>();
        for (String key : List.of("id", "title", "severity", "category", "basis", "points", "scoreCategory")) {
            Object v = md.get(key);
            if (v == null || v.toString().isBlank()) missing.add("@" + key);
        }
        String src = f.line(line);
        int before = errors.size();
        if (!missing.isEmpty()) {
            errors.add(new RuleError("error", f.path(), line, "规则“" + r.getName() + "”缺少元数据 " + String.join("、", missing)
                + "（每条规则都要有 @id @title @severity @category @basis @points @scoreCategory）", src, ""));
        }
        String id = str(md, "id");
        String severity = str(md, "severity");
        String category = str(md, "category");
        String scoreCategory = md.containsKey("scoreCategory") ? str(md, "scoreCategory") : "";
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            errors.add(new RuleError("error", f.path(), line, "规则编号“" + id + "”格式不对：应为大写字母、数字和连字符，"
                + "以 SEC- TPL- T2- T3- T4- NAR- CON- X- META- 之一开头", src, ""));
        }
        if (!severity.isEmpty() && !List.of("error", "warning", "info").contains(severity)) {
            errors.add(new RuleError("error", f.path(), line, "@severity 的值“" + severity + "”无效，只能是 error、warning 或 info", src, ""));
        }
        if (!category.isEmpty() && !CATEGORIES.contains(category)) {
            errors.add(new RuleError("error", f.path(), line, "@category 的值“" + category + "”无效，只能是 "
                + String.join("、", CATEGORIES), src, ""));
        }
        if (!scoreCategory.isEmpty() && (!SCORE_CATEGORIES.contains(scoreCategory)
                || (data != null && data.scheme().category(scoreCategory) == null))) {
            errors.add(new RuleError("error", f.path(), line, "@scoreCategory 的值“" + scoreCategory + "”无效，应为 rules/scoring.txt 中的类别 A B C D E 之一", src, ""));
        }
        Double maxPoints = null;
        if (md.containsKey("maxPoints")) {
            try {
                maxPoints = Double.parseDouble(str(md, "maxPoints"));
            } catch (NumberFormatException e) {
                errors.add(new RuleError("error", f.path(), line, "@maxPoints 的值“" + str(md, "maxPoints") + "”无效，应为数字（本规则最多扣的分）", src, ""));
            }
        }
        double points = -1;
        try {
            points = Double.parseDouble(str(md, "points"));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (points < 0 && md.get("points") != null) {
            errors.add(new RuleError("error", f.path(), line, "@points 的值“" + str(md, "points") + "”无效，应为不小于 0 的数字（扣分）", src, ""));
        }
        if (!id.isEmpty() && !f.baseName().equals(id)) {
            errors.add(new RuleError("error", f.path(), line, "文件名应与规则编号一致：编号 " + id + " 的规则应放在 " + id + ".drl 中", src, ""));
        }
        if (!f.folder().equals(category) && CATEGORIES.contains(category)) {
            errors.add(new RuleError("error", f.path(), line, "@category 为 " + category + " 的规则应放在 rules/" + category + "/ 目录下", src, ""));
        }
        // Returned even when invalid (errors are already recorded), so duplicate ids are still found.
        return new RuleInfo(r.getName(), id, str(md, "title"), severity, category, str(md, "basis"), points,
            maxPoints, scoreCategory, f.path(), line, RuleText.requirement(f.text()), RuleText.when(f.text(), line));
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String str(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) return "";
        String s = v.toString().strip();
        // Quoted values come back bare in the classic build; strip quotes in case they do not.
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }
}
