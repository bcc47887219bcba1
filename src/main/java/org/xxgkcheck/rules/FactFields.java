package org.xxgkcheck.rules;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Part;
import org.xxgkcheck.facts.Report;
import org.xxgkcheck.facts.Table;

/** The fact types rules may match and their fields, read from the classes so the list cannot go stale. */
public final class FactFields {
    private FactFields() {}

    public static final Map<String, Class<?>> TYPES = Map.ofEntries(
        Map.entry("Report", Report.class), Map.entry("Part", Part.class), Map.entry("Paragraph", Paragraph.class),
        Map.entry("Table", Table.class), Map.entry("Cell", Cell.class), Map.entry("Label", org.xxgkcheck.facts.Label.class),
        Map.entry("ExtraRow", org.xxgkcheck.facts.ExtraRow.class), Map.entry("Artifact", org.xxgkcheck.facts.Artifact.class),
        Map.entry("Mention", org.xxgkcheck.facts.Mention.class), Map.entry("Term", org.xxgkcheck.facts.Term.class),
        Map.entry("Statement", org.xxgkcheck.facts.Statement.class), Map.entry("Breakdown", org.xxgkcheck.facts.Breakdown.class),
        Map.entry("Percent", org.xxgkcheck.facts.Percent.class), Map.entry("Setting", org.xxgkcheck.facts.Setting.class),
        Map.entry("LastYear", org.xxgkcheck.facts.LastYear.class), Map.entry("Similarity", org.xxgkcheck.facts.Similarity.class),
        Map.entry("OmittedRow", org.xxgkcheck.facts.OmittedRow.class), Map.entry("TemplatePart", org.xxgkcheck.facts.TemplatePart.class));

    public static String types() {
        return String.join("、", new TreeSet<>(TYPES.keySet()));
    }

    /** Field names of a fact type, comma separated in Chinese style; "" when the type is unknown. */
    public static String of(String type) {
        Class<?> c = TYPES.get(type);
        return c == null ? "" : String.join("、", fields(c));
    }

    public static List<String> fields(Class<?> c) {
        TreeSet<String> names = new TreeSet<>();
        for (Method m : c.getDeclaredMethods()) {
            if (m.getParameterCount() != 0 || !java.lang.reflect.Modifier.isPublic(m.getModifiers())) continue;
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) names.add(decapitalize(n.substring(3)));
            else if (n.startsWith("is") && n.length() > 2) names.add(decapitalize(n.substring(2)));
        }
        return List.copyOf(names);
    }

    private static String decapitalize(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
