package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.QuarterlyDiscountDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.processes.support.DecisionTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quarterly additional discount: the [default] bands by the two previous quarters' payments and the development
 * plan's completion, at and around each boundary, and the cap that keeps base + additional within each tier's bound.
 */
class QuarterlyDiscountDecisionTest {

    private static final DmnDecision BAND = DecisionTables.decision(RESOURCE, BAND_KEY);
    private static final DmnDecision ADDITIONAL = DecisionTables.decision(RESOURCE, KEY);

    @ParameterizedTest(name = "{0} RUB, plan {1}% -> {2}%")
    @CsvSource({
            "0,          100, 0",
            "999999.99,  100, 0",
            "1000000,    49,  0",
            "1000000,    50,  5",
            "2999999.99, 100, 5",
            "3000000,    49,  0",
            "3000000,    50,  5",
            "3000000,    79,  5",
            "3000000,    80,  10",
            "5999999.99, 80,  10",
            "6000000,    0,   5",
            "6000000,    49,  5",
            "6000000,    50,  10",
            "6000000,    79,  10",
            "6000000,    80,  15",
            "50000000,   100, 15",
    })
    void bandsByRevenueAndPlanCompletion(double revenue, int plan, double discount) {
        var result = DecisionTables.engine().evaluateDecisionTable(BAND, Map.of(INPUT_REVENUE, revenue, INPUT_PLAN_COMPLETION, plan));

        assertThat(((Number) result.getSingleResult().getSingleEntry()).doubleValue()).isEqualTo(discount);
    }

    @ParameterizedTest(name = "{0}: base {1}, bound {2}, top band -> {3}")
    @CsvSource({
            "AUTHORIZED, 35, 50, 15",
            "CERTIFIED,  40, 55, 15",
            "GENERAL,    45, 60, 15",
            "AUTHORIZED, 40, 50, 10",
            "CERTIFIED,  52, 55, 3",
            "GENERAL,    60, 60, 0",
            "GENERAL,    65, 60, 0",
    })
    void theTotalNeverExceedsTheTiersUpperBound(String tier, double base, double max, double expected) {
        double result = additional(6_000_000, 100, base, max);

        assertThat(result).as(tier).isEqualTo(expected);
        assertThat(Math.min(base, max) + result).isLessThanOrEqualTo(max);
    }

    @Test
    void belowTheBoundTheTablesDiscountStandsAsItIs() {
        assertThat(additional(3_500_000, 85, 40, 55)).isEqualTo(10);
        assertThat(additional(500_000, 100, 35, 50)).isZero();
    }

    private static double additional(double revenue, int plan, double base, double max) {
        var result = DecisionTables.engine().evaluateDecision(ADDITIONAL, Map.of(INPUT_REVENUE, revenue, INPUT_PLAN_COMPLETION, plan,
                INPUT_BASE_DISCOUNT, base, INPUT_MAX_DISCOUNT, max));
        return ((Number) result.getSingleResult().getEntry(OUTPUT_ADDITIONAL_DISCOUNT)).doubleValue();
    }
}
