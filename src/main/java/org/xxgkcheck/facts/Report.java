package org.xxgkcheck.facts;

/** Report-level metadata, one per checked report: what rules see of the title and front matter. */
public final class Report {
    private final String title;
    private final String organ;
    private final String organType;
    private final String organLevel;
    private final int year;
    private final String template;
    private final String format;
    private final String periodStart;
    private final String periodEnd;
    private final String frontMatter;

    public Report(String title, String organ, String organType, String organLevel, int year, String template,
                  String format, String periodStart, String periodEnd, String frontMatter) {
        this.title = title;
        this.organ = organ;
        this.organType = organType;
        this.organLevel = organLevel;
        this.year = year;
        this.template = template;
        this.format = format;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.frontMatter = frontMatter;
    }

    public String getTitle() { return title; }
    public String getOrgan() { return organ; }
    /** township-government, subdistrict-office, government, department or unknown. */
    public String getOrganType() { return organType; }
    /** 各级人民政府 (乡镇 included) must also report 工作考核、社会评议和责任追究结果 (条例第五十条). */
    /** township, county, city, province or unknown: the level of the region in the body's name. */
    public String getOrganLevel() { return organLevel; }
    public boolean isGovernment() { return organType.equals("township-government") || organType.equals("government"); }
    /** Report year, 0 when it could not be determined. */
    public int getYear() { return year; }
    /** Template detected from the table headers: 2021, 2019, hybrid or unknown. */
    public String getTemplate() { return template; }
    public String getFormat() { return format; }
    /** Statistics period as ISO dates when the front matter states one, else null. */
    public String getPeriodStart() { return periodStart; }
    public String getPeriodEnd() { return periodEnd; }
    public boolean isPeriodStated() { return periodStart != null; }
    public String getFrontMatter() { return frontMatter; }

    @Override public String toString() { return "Report(" + organ + ", " + year + ", " + template + ")"; }
}
