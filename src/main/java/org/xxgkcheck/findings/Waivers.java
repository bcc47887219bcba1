package org.xxgkcheck.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The waivers file (--waivers): blocks that start with a line in brackets, then "名称 = 值" lines:
 * 报告 (file name) or 机关 + 年度, 规则, optional 部分 / 表 / 行 / 列 / 级别 (error, warning, info or
 * 错误, 警告, 提示), and the required 理由, 批准人, 有效期至. "#" comments may follow a value (DataLine).
 */
public final class Waivers {
    public static final Waivers NONE = new Waivers(List.of());

    private static final Set<String> KEYS = Set.of("报告", "机关", "年度", "规则", "部分", "表", "行", "列", "级别", "理由", "批准人", "有效期至");

    private final List<Waiver> waivers;

    private Waivers(List<Waiver> waivers) { this.waivers = waivers; }

    public List<Waiver> all() { return waivers; }

    public boolean isEmpty() { return waivers.isEmpty(); }

    /** A waivers file is a page of text; a larger one is refused rather than read. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /**
     * Reads the file through the guarded path (a regular file, at most {@link #MAX_BYTES}); every malformed block
     * is an error naming its line, in Chinese, and so is a file that cannot be read.
     */
    public static Waivers read(Path file, List<String> errors) throws IOException {
        String text;
        try {
            text = new String(org.xxgkcheck.read.InputFile.read(file, MAX_BYTES), StandardCharsets.UTF_8);
        } catch (org.xxgkcheck.read.InputFile.Refused e) {
            errors.add(file + "：" + e.getMessage());
            return NONE;
        }
        return parse(file, List.of(text.split("\r\n|\r|\n", -1)), errors);
    }

    /** The lines of a waivers file; {@code file} only names it in the errors. */
    public static Waivers parse(Path file, List<String> lines, List<String> errors) {
        List<Waiver> out = new ArrayList<>();
        Map<String, String> block = null;
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? org.xxgkcheck.model.DataLine.content(lines.get(i)) : "[";
            if (l.isEmpty()) continue;
            if (l.startsWith("[")) {
                if (block != null) {
                    Waiver w = waiver(file.getFileName() + ":" + start, block, errors);
                    if (w != null) out.add(w);
                }
                block = new LinkedHashMap<>();
                start = i + 1;
                continue;
            }
            int eq = l.indexOf('=');
            String key = eq > 0 ? l.substring(0, eq).strip() : "";
            if (block == null || eq <= 0 || !KEYS.contains(key)) {
                errors.add(file + " 第 " + (i + 1) + " 行：" + (block == null ? "豁免条目应以 [名称] 一行开始"
                    : "应写成“名称 = 值”，名称为 " + String.join("、", KEYS)));
                continue;
            }
            block.put(key, l.substring(eq + 1).strip());
        }
        return new Waivers(out);
    }

    private static Waiver waiver(String source, Map<String, String> b, List<String> errors) {
        List<String> missing = new ArrayList<>();
        for (String k : List.of("规则", "理由", "批准人", "有效期至")) if (b.getOrDefault(k, "").isBlank()) missing.add(k);
        if (!b.containsKey("报告") && !b.containsKey("机关")) missing.add("报告或机关");
        if (!missing.isEmpty()) {
            errors.add(source + "：豁免条目缺少 " + String.join("、", missing));
            return null;
        }
        LocalDate expires;
        Integer year;
        Integer part;
        try {
            expires = LocalDate.parse(b.get("有效期至"));
            year = b.containsKey("年度") ? Integer.valueOf(b.get("年度")) : null;
            part = b.containsKey("部分") ? Integer.valueOf(b.get("部分")) : null;
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.add(source + "：有效期至应写成 2026-12-31 的形式，年度和部分应为数字");
            return null;
        }
        Severity severity = b.containsKey("级别") ? Severity.parse(b.get("级别")) : null;
        if (b.containsKey("级别") && severity == null) {
            errors.add(source + "：级别只能是 错误、警告、提示（或 error、warning、info），不能是“" + b.get("级别") + "”");
            return null;
        }
        return new Waiver(source, b.get("报告"), b.get("机关"), year, b.get("规则"), part, b.get("表"), b.get("行"),
            b.get("列"), severity == null ? null : severity.id(), b.get("理由"), b.get("批准人"), expires);
    }
}
