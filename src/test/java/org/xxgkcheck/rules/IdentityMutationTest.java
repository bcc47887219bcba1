package org.xxgkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.facts.Cell;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.understand.ReportReader;

/**
 * Changing any single number of table 三 or 四 of a consistent non-zero report must give the matching identity
 * finding, located at the cell and with both sides of the equation in the message.
 */
class IdentityMutationTest {
    private static final Path CONSISTENT = Path.of("fixtures/rules/table/identities-ok-consistent-nonzero.txt");

    @Test
    void every_single_change_in_tables_three_and_four_is_caught() throws Exception {
        String text = Files.readString(CONSISTENT, StandardCharsets.UTF_8);
        Map<String, Cell> original = cells(text);
        assertEquals(25 * 7 + 15, original.values().stream().filter(c -> !c.getTable().equals("T2")).count());
        String[] lines = text.split("\n", -1);
        int mutations = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].matches("\\t[0-9]+\\s*")) continue;
            String[] copy = lines.clone();
            copy[i] = "\t" + (Long.parseLong(lines[i].strip()) + 1);
            String mutated = String.join("\n", copy);
            Cell changed = changedCell(original, cells(mutated));
            if (changed == null || changed.getTable().equals("T2")) continue;
            mutations++;
            CheckResult r = TestRules.checker().check("mutated.txt", mutated.getBytes(StandardCharsets.UTF_8));
            for (String[] want : expected(changed)) {
                Finding f = r.findings().stream()
                    .filter(x -> x.ruleId().equals(want[0]) && want[1].equals(x.location().row())
                        && want[2].equals(x.location().column()))
                    .findFirst().orElse(null);
                assertTrue(f != null, "line " + (i + 1) + " " + changed + ": no " + String.join("/", want) + " in " + r.findings());
                Object left = f.evidence().get("left");
                Object right = f.evidence().get("right");
                assertTrue(!Objects.equals(left, right), f.toString());
                assertTrue(f.message().contains(String.valueOf(left)) && f.message().contains(String.valueOf(right)), f.message());
            }
        }
        assertEquals(25 * 7 + 15, mutations, "every cell of tables 三 and 四 mutated once");
    }

    /** The identities a +1 in this cell must break: its row total and its column equation (表三), its group sum (表四). */
    private static List<String[]> expected(Cell c) {
        List<String[]> want = new ArrayList<>();
        if (c.getTable().equals("T4")) {
            want.add(new String[] {"T4-SUM", c.getRow(), "TOT"});
            return want;
        }
        want.add(new String[] {"T3-ROWTOTAL", c.getRow(), "TOT"});
        switch (c.getRow()) {
            case "NEW", "CARRY_IN", "CARRY_OUT" -> want.add(new String[] {"T3-BALANCE", "TOTAL_RES", c.getColumn()});
            case "TOTAL_RES" -> {
                want.add(new String[] {"T3-BALANCE", "TOTAL_RES", c.getColumn()});
                want.add(new String[] {"T3-SUM", "TOTAL_RES", c.getColumn()});
            }
            default -> want.add(new String[] {"T3-SUM", "TOTAL_RES", c.getColumn()});
        }
        return want;
    }

    private static Map<String, Cell> cells(String text) {
        return ReportReader.read("x.txt", text.getBytes(StandardCharsets.UTF_8), org.xxgkcheck.check.TestRules.book().data().templates()).facts().stream()
            .filter(f -> f instanceof Cell).map(f -> (Cell) f)
            .collect(Collectors.toMap(c -> c.getTable() + c.getRow() + c.getColumn(), Function.identity()));
    }

    private static Cell changedCell(Map<String, Cell> before, Map<String, Cell> after) {
        for (Map.Entry<String, Cell> e : after.entrySet()) {
            Cell b = before.get(e.getKey());
            if (b != null && b.getValue() != e.getValue().getValue()) return e.getValue();
        }
        return null;
    }
}
