package org.xxgkcheck.output;

/**
 * A mistake in the tool's configuration (a rule file that does not compile, a waiver that no longer applies), in
 * Chinese, with the file and line it is in when known (line 0: none); SARIF lists them as configuration
 * notifications.
 *
 * @param level  SARIF's word: error, warning or note
 * @param source the offending line as written, or null
 */
public record ConfigurationNote(String level, String file, int line, String message, String source) {}
