package org.xxgkcheck.rules;

/**
 * The value of a side of a filled-in formula ("5 + 2", "(3 + 4) × 0.5", "绝对值(12.5 − 10)"), so --explain can say
 * "即 7 ≠ 6"; null when the text holds anything but numbers, + − × ÷, brackets and 绝对值.
 */
final class Arithmetic {
    private final String s;
    private int i;

    private Arithmetic(String s) { this.s = s.replace("绝对值(", "|(").replace(" ", ""); }

    static Double value(String text) {
        try {
            Arithmetic a = new Arithmetic(text);
            double v = a.sum();
            return a.i == a.s.length() ? v : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private double sum() {
        double v = product();
        while (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) v = s.charAt(i++) == '+' ? v + product() : v - product();
        return v;
    }

    private double product() {
        double v = unit();
        while (i < s.length() && (s.charAt(i) == '×' || s.charAt(i) == '÷')) v = s.charAt(i++) == '×' ? v * unit() : v / unit();
        return v;
    }

    private double unit() {
        char c = s.charAt(i);
        if (c == '-') {
            i++;
            return -unit();
        }
        if (c == '|' || c == '(') {
            boolean abs = c == '|';
            if (abs) i++;
            i++;
            double v = sum();
            if (s.charAt(i++) != ')') throw new IllegalArgumentException();
            return abs ? Math.abs(v) : v;
        }
        int start = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
        return Double.parseDouble(s.substring(start, i));
    }
}
