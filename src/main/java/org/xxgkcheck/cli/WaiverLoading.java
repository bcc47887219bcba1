package org.xxgkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.xxgkcheck.findings.WaiverLedger;
import org.xxgkcheck.findings.Waivers;
import org.xxgkcheck.rules.Profile;
import org.xxgkcheck.rules.RuleBook;

/** Reads the waivers file of `check --waivers`, printing Chinese errors to stderr when it cannot be used. */
final class WaiverLoading {
    private WaiverLoading() {}

    /** The date of --today, or today in Beijing when it is not given; null when it is not a date. */
    static LocalDate date(String today) {
        try {
            return today == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Null when the file or the date is unusable; the errors were printed. */
    static WaiverLedger load(Path file, String today, RuleBook book, Profile profile, PrintStream err) throws IOException {
        LocalDate date = date(today);
        if (date == null) {
            err.println("用法错误：--today 应写成 2026-01-31 的形式。");
            return null;
        }
        if (!Files.exists(file)) {
            err.println("错误：豁免清单 " + file + " 不存在。");
            return null;
        }
        List<String> waiverErrors = new ArrayList<>();
        Waivers read = Waivers.read(file, waiverErrors);
        if (!waiverErrors.isEmpty()) {
            waiverErrors.forEach(m -> err.println("错误：豁免清单 " + m));
            return null;
        }
        WaiverTypos.find(read.all(), book, profile).forEach(m -> err.println("警告：" + m));
        return new WaiverLedger(read, date);
    }
}
