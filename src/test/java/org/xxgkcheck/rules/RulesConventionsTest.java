package org.xxgkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xxgkcheck.authoring.FixtureSuite;
import org.xxgkcheck.check.TestRules;

/** Polices the rule set as a whole: metadata, ids, and that every rule is tested both ways by fixtures. */
class RulesConventionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fixed rule ids of CONTRACT.md must exist, with the contract's meaning. */
    @Test
    void contract_rule_ids_exist() {
        Set<String> ids = ids();
        for (String id : List.of("SEC-MISSING", "SEC-ORDER", "TPL-VERSION", "T2-SHAPE", "T3-SHAPE", "T4-SHAPE",
                "T3-BALANCE", "T3-SUM", "T3-ROWTOTAL", "T4-SUM", "NAR-FEE")) {
            assertTrue(ids.contains(id), "missing contract rule " + id);
        }
    }

    @Test
    void every_rule_has_complete_metadata() {
        for (RuleInfo r : TestRules.book().rules()) {
            assertTrue(r.title().length() >= 6, r.id() + " title");
            assertTrue(r.basis().length() >= 4, r.id() + " basis");
            assertTrue(Set.of("error", "warning", "info").contains(r.severity()), r.id());
            assertTrue(r.file().equals("rules/" + r.category() + "/" + r.id() + ".drl"), r.file());
        }
    }

    /**
     * A rule's basis is what a report's author can look up: the regulation, the format document, a published
     * rubric or standard; never a note of this project (identities.md, evaluators.md, format-2021.md …).
     */
    @Test
    void every_basis_cites_a_published_source() {
        List<String> internal = new ArrayList<>();
        for (RuleInfo r : TestRules.book().rules()) {
            if (r.basis().matches(".*(\\.md\\b|identities|evaluators|format-20\\d\\d|catalogue|惯例).*")) internal.add(r.id() + "：" + r.basis());
            if (!r.basis().matches(".*(条例|国办|〔20\\d\\d〕|法》|标准|范本|评估|指数).*")) internal.add(r.id() + " 没有引用法规、格式文件或公开的评估标准：" + r.basis());
        }
        assertEquals(List.of(), internal);
    }

    /** Each rule fires on at least one fixture and is declared "ok" (must not fire) on at least one near case. */
    @Test
    void every_rule_has_a_firing_and_a_non_firing_fixture() throws Exception {
        Set<String> fires = new HashSet<>();
        Set<String> nearCases = new HashSet<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> ids = ids();
        for (FixtureSuite.Case c : FixtureSuite.discover(Path.of("fixtures"))) {
            if (c.expected() == null) continue;
            JsonNode e = JSON.readTree(c.expected());
            JsonNode findings = e.isArray() ? e : e.path("findings");
            for (JsonNode f : findings) fires.add(f.path("ruleId").asText());
            for (JsonNode ok : e.path("ok")) nearCases.add(ok.asText());
        }
        Set<String> all = new HashSet<>(fires);
        all.addAll(nearCases);
        for (String id : all) if (!ids.contains(id)) unknown.add(id);
        assertEquals(Set.of(), unknown, "fixtures name rules that do not exist");
        List<String> untested = new ArrayList<>();
        for (String id : ids) {
            if (!fires.contains(id)) untested.add(id + " (never fires)");
            if (!nearCases.contains(id)) untested.add(id + " (no near case marked ok)");
        }
        assertEquals(List.of(), untested);
    }

    private static Set<String> ids() {
        return TestRules.book().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    }
}
