package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.TierEligibilityDecision.*;
import static dev.partnerprogram.processes.support.DecisionTables.checklistOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.partnerprogram.processes.support.DecisionTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eligibility table judges each criterion of a tier at, just below and just above its [default] threshold, and
 * reports every criterion of the tier whether met or not.
 */
class TierEligibilityDecisionTest {

    private static final DmnDecision DECISION = DecisionTables.decision(RESOURCE, KEY);

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void reportsEveryCriterionOfTheTier_metOrNot(String tier, Map<String, Object> facts, Map<String, Boolean> expected) {
        assertThat(check(tier, "UPGRADE", facts)).containsExactlyEntriesOf(expected);
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                arguments(named("certified, all met by a partner just at the thresholds", "CERTIFIED"), facts(12, 3, 2, 0.01, 0.01, 0),
                        checklistOf("MONTHS_IN_TIER", true, "MEDIUM_PROJECTS", true, "CERTIFIED_SPECIALISTS", true,
                                "REVENUE_LAST_QUARTER", true, "REVENUE_QUARTER_BEFORE", true, "DEVELOPMENT_PLAN", true)),
                arguments(named("certified, just below every threshold", "CERTIFIED"), facts(11, 2, 1, 0, 0, 0),
                        checklistOf("MONTHS_IN_TIER", false, "MEDIUM_PROJECTS", false, "CERTIFIED_SPECIALISTS", false,
                                "REVENUE_LAST_QUARTER", false, "REVENUE_QUARTER_BEFORE", false, "DEVELOPMENT_PLAN", true)),
                arguments(named("general, its own criteria without the revenue of certified", "GENERAL"), facts(36, 10, 5, 0, 0, 0),
                        checklistOf("MONTHS_IN_TIER", true, "MEDIUM_PROJECTS", true, "CERTIFIED_SPECIALISTS", true,
                                "DEVELOPMENT_PLAN", true)));
    }

    @ParameterizedTest(name = "{0} {1} = {2}: met {3}")
    @CsvSource({
            "CERTIFIED, monthsInTier,         11,   false",
            "CERTIFIED, monthsInTier,         12,   true",
            "CERTIFIED, monthsInTier,         13,   true",
            "CERTIFIED, mediumProjects,       2,    false",
            "CERTIFIED, mediumProjects,       3,    true",
            "CERTIFIED, mediumProjects,       4,    true",
            "CERTIFIED, certifiedSpecialists, 1,    false",
            "CERTIFIED, certifiedSpecialists, 2,    true",
            "CERTIFIED, certifiedSpecialists, 3,    true",
            "CERTIFIED, revenueLastQuarter,   0,    false",
            "CERTIFIED, revenueLastQuarter,   0.01, true",
            "CERTIFIED, revenueQuarterBefore, 0,    false",
            "CERTIFIED, revenueQuarterBefore, 0.01, true",
            "GENERAL,   monthsInTier,         35,   false",
            "GENERAL,   monthsInTier,         36,   true",
            "GENERAL,   monthsInTier,         37,   true",
            "GENERAL,   mediumProjects,       9,    false",
            "GENERAL,   mediumProjects,       10,   true",
            "GENERAL,   mediumProjects,       11,   true",
            "GENERAL,   certifiedSpecialists, 4,    false",
            "GENERAL,   certifiedSpecialists, 5,    true",
            "GENERAL,   certifiedSpecialists, 6,    true",
    })
    void judgesEachThresholdAtBelowAndAbove(String tier, String fact, double value, boolean met) {
        Map<String, Object> facts = facts(100, 100, 100, 1, 1, 100);
        facts.put(fact, fact.startsWith("revenue") ? (Object) value : (Object) (int) value);

        List<Map<String, Object>> rows = evaluate(tier, "UPGRADE", facts);

        Map<String, Object> row = rows.stream().filter(r -> fact.equals(r.get(OUTPUT_FACT))).findFirst().orElseThrow();
        assertThat(row.get(OUTPUT_MET)).isEqualTo(met);
        assertThat(rows.stream().filter(r -> !fact.equals(r.get(OUTPUT_FACT))).allMatch(r -> (Boolean) r.get(OUTPUT_MET))).isTrue();
    }

    @Test
    void eachResultNamesItsFactComparisonAndThreshold() {
        List<Map<String, Object>> rows = evaluate("CERTIFIED", "UPGRADE", facts(0, 0, 0, 0, 0, 0));

        assertThat(rows).extracting(r -> r.get(OUTPUT_FACT)).containsExactly(INPUT_MONTHS_IN_TIER, INPUT_MEDIUM_PROJECTS,
                INPUT_CERTIFIED_SPECIALISTS, INPUT_REVENUE_LAST_QUARTER, INPUT_REVENUE_QUARTER_BEFORE, INPUT_PLAN_COMPLETION);
        assertThat(rows).extracting(r -> r.get(OUTPUT_COMPARISON)).containsExactly(">=", ">=", ">=", ">", ">", ">=");
        assertThat(rows).extracting(r -> ((Number) r.get(OUTPUT_THRESHOLD)).doubleValue()).containsExactly(12.0, 3.0, 2.0, 0.0, 0.0, 0.0);
    }

    @Test
    void theYearlyReviewLeavesOutTheTimeServedInTheTierBelow() {
        assertThat(check("CERTIFIED", "REVIEW", facts(0, 3, 2, 1, 1, 0))).doesNotContainKey("MONTHS_IN_TIER")
                .containsEntry("MEDIUM_PROJECTS", true).hasSize(5);
        assertThat(check("GENERAL", "REVIEW", facts(0, 9, 5, 0, 0, 0))).doesNotContainKey("MONTHS_IN_TIER")
                .containsEntry("MEDIUM_PROJECTS", false).hasSize(3);
    }

    @Test
    void theBaseTierHasNothingToReview() {
        assertThat(evaluate("AUTHORIZED", "REVIEW", facts(0, 0, 0, 0, 0, 0))).isEmpty();
    }

    /** Modifiable, so that a case can change one fact. */
    private static Map<String, Object> facts(int months, int projects, int specialists, double lastQuarter, double quarterBefore,
                                             int plan) {
        return new HashMap<>(Map.of(INPUT_MONTHS_IN_TIER, months, INPUT_MEDIUM_PROJECTS, projects,
                INPUT_CERTIFIED_SPECIALISTS, specialists, INPUT_REVENUE_LAST_QUARTER, lastQuarter,
                INPUT_REVENUE_QUARTER_BEFORE, quarterBefore, INPUT_PLAN_COMPLETION, plan));
    }

    private static List<Map<String, Object>> evaluate(String tier, String purpose, Map<String, Object> facts) {
        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(INPUT_TIER, tier);
        variables.put(INPUT_PURPOSE, purpose);
        return DecisionTables.rows(DECISION, variables);
    }

    private static Map<String, Boolean> check(String tier, String purpose, Map<String, Object> facts) {
        return DecisionTables.checklist(evaluate(tier, purpose, facts), OUTPUT_CRITERION, OUTPUT_MET);
    }
}
