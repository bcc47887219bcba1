package org.xxgkcheck.serve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What /metrics reports, in the Prometheus text format: reports checked, refusals by status, and the latency of
 * checks over the last {@value #WINDOW} of them (a fixed window, so memory stays flat however long the service runs).
 */
final class Metrics {
    static final int WINDOW = 1024;

    private final LongAdder checked = new LongAdder();
    private final Map<Integer, LongAdder> errors = new TreeMap<>();
    private final long[] window = new long[WINDOW];
    private int next;
    private long count;
    private double sumSeconds;

    /** A check answered with its result. */
    synchronized void checked(long nanos) {
        checked.increment();
        window[next] = nanos;
        next = (next + 1) % WINDOW;
        count++;
        sumSeconds += nanos / 1e9;
    }

    synchronized void error(int status) {
        errors.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    synchronized String prometheus(int running, int admitted) {
        StringBuilder b = new StringBuilder(1024);
        b.append("# HELP xxgk_reports_checked_total 已检查并给出结果的报告数\n# TYPE xxgk_reports_checked_total counter\n");
        b.append("xxgk_reports_checked_total ").append(checked.sum()).append('\n');
        b.append("# HELP xxgk_errors_total 以错误状态答复的请求数（按 HTTP 状态）\n# TYPE xxgk_errors_total counter\n");
        for (int s : new int[] {400, 413, 415, 422, 503, 500}) {
            LongAdder n = errors.get(s);
            b.append("xxgk_errors_total{status=\"").append(s).append("\"} ").append(n == null ? 0 : n.sum()).append('\n');
        }
        b.append("# HELP xxgk_check_latency_seconds 检查一份报告的用时（最近 ").append(WINDOW).append(" 次的分位数）\n");
        b.append("# TYPE xxgk_check_latency_seconds summary\n");
        int n = (int) Math.min(count, WINDOW);
        long[] sorted = Arrays.copyOf(window, n);
        Arrays.sort(sorted);
        for (double q : new double[] {0.5, 0.9, 0.95, 0.99}) {
            b.append("xxgk_check_latency_seconds{quantile=\"").append(q).append("\"} ");
            b.append(n == 0 ? "NaN" : seconds(sorted[Math.min(n - 1, (int) Math.ceil(q * n) - 1)])).append('\n');
        }
        b.append("xxgk_check_latency_seconds_sum ").append(String.format(Locale.ROOT, "%.6f", sumSeconds)).append('\n');
        b.append("xxgk_check_latency_seconds_count ").append(count).append('\n');
        b.append("# HELP xxgk_checks_running 正在检查的报告数\n# TYPE xxgk_checks_running gauge\n");
        b.append("xxgk_checks_running ").append(running).append('\n');
        b.append("# HELP xxgk_requests_admitted 已接收、尚未答复的检查请求数（含排队和上传中）\n# TYPE xxgk_requests_admitted gauge\n");
        b.append("xxgk_requests_admitted ").append(admitted).append('\n');
        return b.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
