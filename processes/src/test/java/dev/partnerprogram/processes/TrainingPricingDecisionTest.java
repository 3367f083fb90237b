package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.TrainingPricingDecision.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.processes.support.DecisionTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pricing table for every tier, course kind and number of free seats left (0 to 3, the most a tier grants),
 * evaluated by the DMN engine the application runs it with.
 */
class TrainingPricingDecisionTest {

    private static final List<String> TIERS = List.of("AUTHORIZED", "CERTIFIED", "GENERAL");
    private static final List<String> KINDS = List.of("BASIC", "SETUP", "DEVELOPMENT", "SALES", "UNIVERSITY");

    private static final DmnDecision DECISION = DecisionTables.decision(RESOURCE, KEY);

    static Stream<Arguments> tierKindSeats() {
        List<Arguments> cases = new ArrayList<>();
        for (String tier : TIERS) {
            for (String kind : KINDS) {
                for (int seats = 0; seats <= 3; seats++) {
                    cases.add(Arguments.of(tier, kind, seats));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} with {2} free seats left")
    @MethodSource("tierKindSeats")
    void partnerWithATier(String tier, String kind, int seatsLeft) {
        DmnDecisionResultEntries result = decide(tier, kind, seatsLeft);

        boolean freeSeatCourse = kind.equals("SETUP") || kind.equals("DEVELOPMENT");
        String expectedRule = freeSeatCourse && seatsLeft > 0 ? "FREE_SEAT" : "PARTNER_DISCOUNT";
        assertThat((String) result.getEntry(OUTPUT_PRICING_RULE)).isEqualTo(expectedRule);
        assertThat(((Number) result.getEntry(OUTPUT_FUND_CAP_PERCENT)).intValue()).isEqualTo(kind.equals("UNIVERSITY") ? 50 : 0);
    }

    @ParameterizedTest(name = "applicant, {0}")
    @MethodSource("kinds")
    void companyWithoutAStatus_paysTheListPrice_evenWithSeatsInTheInput(String kind) {
        DmnDecisionResultEntries result = decide("APPLICANT", kind, 3);

        assertThat((String) result.getEntry(OUTPUT_PRICING_RULE)).isEqualTo("FULL_PRICE");
        assertThat(((Number) result.getEntry(OUTPUT_FUND_CAP_PERCENT)).intValue()).isZero();
    }

    static Stream<String> kinds() {
        return KINDS.stream();
    }

    @Test
    void theUniversityFundPaysAtMostHalf_andNothingOfOtherCourses() {
        for (String tier : TIERS) {
            assertThat(((Number) decide(tier, "UNIVERSITY", 0).getEntry(OUTPUT_FUND_CAP_PERCENT)).intValue()).isEqualTo(50);
            assertThat(((Number) decide(tier, "SETUP", 1).getEntry(OUTPUT_FUND_CAP_PERCENT)).intValue()).isZero();
        }
    }

    @Test
    void anUnknownCourseKindHasNoPrice() {
        assertThatThrownBy(() -> decide("GENERAL", "COOKING", 1).getEntry(OUTPUT_PRICING_RULE))
                .isInstanceOf(RuntimeException.class);
    }

    private static DmnDecisionResultEntries decide(String status, String kind, int seatsLeft) {
        var result = DecisionTables.engine().evaluateDecision(DECISION, Map.of(INPUT_PARTNER_STATUS, status, INPUT_COURSE_KIND, kind,
                INPUT_FREE_SEATS_LEFT, seatsLeft));
        return result.getSingleResult();
    }
}
