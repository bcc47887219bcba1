package org.xxgkcheck.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes word-processor export debris from a line, remembering what was removed. */
final class Artifacts {
    private Artifacts() {}

    private static final Pattern DEBRIS = Pattern.compile("\\[bookmark:[^\\]]*\\]|\\[image:[^\\]]*\\]");

    static String strip(String line, int lineNo, List<Document.Artifact> found) {
        if (line.indexOf('[') < 0) return line;
        Matcher m = DEBRIS.matcher(line);
        if (!m.find()) return line;
        m.reset();
        while (m.find()) found.add(new Document.Artifact(m.group(), lineNo));
        return m.replaceAll("");
    }
}
