package org.xxgkcheck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain format of the data files in rules/ that policy staff edit: one "key = value" per line, "#" starts a
 * comment (also after a value, see DataLine), blank lines are ignored. Keeps order and line numbers so errors can name them.
 */
final class KeyValueFile {
    private KeyValueFile() {}

    record Entry(String key, String value, int line) {}

    static List<Entry> parse(RuleFile file, List<RuleError> errors) {
        List<Entry> out = new ArrayList<>();
        String[] lines = file.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = org.xxgkcheck.model.DataLine.content(lines[i]);
            if (line.isEmpty()) continue;
            int eq = line.indexOf('=');
            if (eq <= 0) {
                errors.add(new RuleError("error", file.path(), i + 1, "这一行应写成“名称 = 值”", lines[i], ""));
                continue;
            }
            Entry e = new Entry(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), i + 1);
            // Words and wordings are separated by "|"; a full-width "｜" typed by a Chinese input method would make
            // one long word that never matches. Free text (名称, 说明) may hold any character.
            if (e.value().indexOf('｜') >= 0 && !e.key().equals("名称") && !e.key().equals("说明")) {
                errors.add(new RuleError("error", file.path(), i + 1, "“" + e.key() + "”的值中用了全角竖线“｜”，应为半角的 |（词语、写法之间用 | 分隔）",
                    lines[i], ""));
                continue;
            }
            out.add(e);
        }
        return out;
    }
}
