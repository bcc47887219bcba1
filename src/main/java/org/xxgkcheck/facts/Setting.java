package org.xxgkcheck.facts;

/** One threshold or limit from rules/settings.txt, such as 雷同阈值.第五部分 = 0.8. */
public final class Setting {
    private final String name;
    private final double value;

    public Setting(String name, double value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public double getValue() { return value; }

    @Override public String toString() { return "Setting(" + name + "=" + value + ")"; }
}
