package org.xxgkcheck.output;

import java.util.List;

/** The batch page's charts as inline SVG: drawn here, so the page needs no script library and prints as it shows. */
final class Charts {
    private Charts() {}

    /** One bar: its label, an optional longer tooltip, its count and its colour. */
    record Bar(String label, String tip, int count, String color) {}

    static final String GREEN = "#2e7d4f";
    static final String BLUE = "#3566a8";
    static final String ORANGE = "#c77700";
    static final String RED = "#b3261e";
    static final String GREY = "#8a94a3";

    /** Score bands of five points from 50 up (below 50 in one band), coloured by the grade they fall in. */
    static String histogram(List<Double> scores) {
        int bins = 11;
        int[] count = new int[bins];
        for (double s : scores) count[s < 50 ? 0 : Math.min(bins - 1, (int) ((s - 50) / 5) + 1)]++;
        int max = 1;
        for (int c : count) max = Math.max(max, c);
        int w = 44;
        int height = 150;
        int top = 18;
        StringBuilder h = new StringBuilder("<svg class=\"chart\" role=\"img\" aria-label=\"得分分布\" width=\"")
            .append(bins * w + 10).append("\" height=\"").append(top + height + 40).append("\" viewBox=\"0 0 ")
            .append(bins * w + 10).append(' ').append(top + height + 40).append("\">");
        for (int i = 0; i < bins; i++) {
            int bar = Math.round((float) count[i] / max * height);
            int x = 5 + i * w;
            int lower = i == 0 ? 0 : 45 + i * 5;
            String label = i == 0 ? "<50" : i == bins - 1 ? "95–100" : lower + "–" + (lower + 4);
            String color = i == 0 || lower < 60 ? RED : lower < 70 ? ORANGE : lower < 90 ? BLUE : GREEN;
            h.append("<g><title>").append(label).append(" 分：").append(count[i]).append(" 份</title>")
                .append("<rect x=\"").append(x + 4).append("\" y=\"").append(top + height - bar).append("\" width=\"").append(w - 8)
                .append("\" height=\"").append(bar).append("\" fill=\"").append(color).append("\"/>");
            if (count[i] > 0) {
                h.append("<text x=\"").append(x + w / 2).append("\" y=\"").append(top + height - bar - 4)
                    .append("\" text-anchor=\"middle\">").append(count[i]).append("</text>");
            }
            h.append("<text x=\"").append(x + w / 2).append("\" y=\"").append(top + height + 16).append("\" text-anchor=\"middle\" class=\"axis\">")
                .append(ReportView.esc(label)).append("</text></g>");
        }
        h.append("<line x1=\"5\" x2=\"").append(5 + bins * w).append("\" y1=\"").append(top + height).append("\" y2=\"").append(top + height)
            .append("\" stroke=\"#9aa5b4\"/><text x=\"").append(5 + bins * w / 2).append("\" y=\"").append(top + height + 34)
            .append("\" text-anchor=\"middle\" class=\"axis\">得分</text></svg>");
        return h.toString();
    }

    /** Horizontal bars with their labels on the left and their counts at their ends. */
    static String bars(List<Bar> bars, int labelWidth, String name) {
        int row = 24;
        int barWidth = 220;
        int width = labelWidth + barWidth + 50;
        int max = 1;
        for (Bar b : bars) max = Math.max(max, b.count());
        StringBuilder h = new StringBuilder("<svg class=\"chart\" role=\"img\" aria-label=\"").append(ReportView.esc(name))
            .append("\" width=\"").append(width).append("\" height=\"").append(bars.size() * row + 6).append("\" viewBox=\"0 0 ")
            .append(width).append(' ').append(bars.size() * row + 6).append("\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 3 + i * row;
            int len = Math.round((float) b.count() / max * barWidth);
            h.append("<g><title>").append(ReportView.esc(b.tip() == null ? b.label() : b.tip())).append("：").append(b.count())
                .append("</title><text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                .append(ReportView.esc(b.label())).append("</text><rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3)
                .append("\" width=\"").append(Math.max(len, b.count() > 0 ? 2 : 0)).append("\" height=\"").append(row - 8)
                .append("\" fill=\"").append(b.color()).append("\"/><text x=\"").append(labelWidth + len + 5).append("\" y=\"")
                .append(y + 16).append("\">").append(b.count()).append("</text></g>");
        }
        return h.append("</svg>").toString();
    }
}
