package org.xxgkcheck.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.xxgkcheck.model.ReportInfo;

/**
 * Applies waivers to each report's findings and remembers, across a batch, which waivers were used, so that
 * expired and unmatched ones can be reported at the end. Safe to share between worker threads.
 */
public final class WaiverLedger {
    private final Waivers waivers;
    private final LocalDate today;
    private final Map<String, Integer> applied = new ConcurrentHashMap<>();
    /** Waivers (by source) that named at least one checked report, whether or not a finding matched. */
    private final Set<String> reportSeen = ConcurrentHashMap.newKeySet();

    public WaiverLedger(Waivers waivers, LocalDate today) {
        this.waivers = waivers;
        this.today = today;
    }

    /** The outcome for one report: findings still counted, and findings waived. */
    public record Split(List<Finding> kept, List<WaivedFinding> waived) {}

    public Split apply(String file, ReportInfo info, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>();
        for (Waiver w : waivers.all()) if (w.coversReport(file, info)) reportSeen.add(w.source());
        for (Finding f : findings) {
            Waiver w = waivers.all().stream()
                .filter(x -> !x.expiredOn(today) && x.coversReport(file, info) && x.covers(f)).findFirst().orElse(null);
            if (w == null) {
                kept.add(f);
            } else {
                waived.add(new WaivedFinding(f, w));
                applied.merge(w.source(), 1, Integer::sum);
            }
        }
        return new Split(kept, waived);
    }

    /**
     * Whether a waiver named a report of the batch: when it did not, it matched nothing because of its own
     * 报告 or 机关/年度 (a typo, or a report not in this run), not because the finding is gone.
     */
    public boolean namedACheckedReport(Waiver w) { return reportSeen.contains(w.source()); }

    /** Status of every waiver after the batch: applied (with count), expired, or unmatched. */
    public record Status(Waiver waiver, String status, int applied) {}

    public List<Status> statuses() {
        List<Status> out = new ArrayList<>();
        for (Waiver w : waivers.all()) {
            int n = applied.getOrDefault(w.source(), 0);
            out.add(new Status(w, w.expiredOn(today) ? "expired" : n > 0 ? "applied" : "unmatched", n));
        }
        return out;
    }
}
