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

/** Reads the waivers file of `check --waivers`, printing Chinese errors to stderr when it cannot be used. */
final class WaiverLoading {
    private WaiverLoading() {}

    /** Null when the file or the date is unusable; the errors were printed. */
    static WaiverLedger load(Path file, String today, PrintStream err) throws IOException {
        LocalDate date;
        try {
            date = today == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : LocalDate.parse(today);
        } catch (DateTimeParseException e) {
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
        return new WaiverLedger(read, date);
    }
}
