package org.xxgkcheck.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Why a finding fired (check --explain): the rule's requirement as its author wrote it, the facts it matched,
 * its conditions with the matched numbers filled in, and what it looked for and did not find.
 */
@JsonPropertyOrder({"requirement", "facts", "formula", "notFound"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Explanation(String requirement, List<String> facts, List<String> formula, List<String> notFound) {}
