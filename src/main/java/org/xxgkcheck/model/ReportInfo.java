package org.xxgkcheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The report metadata as printed in results. */
@JsonPropertyOrder({"title", "organ", "organType", "year", "template", "format"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportInfo(String title, String organ, String organType, Integer year, String template, String format) {}
