package dev.partnerprogram.workflow.upgrade;

import static dev.partnerprogram.processes.QuarterlyDiscountDecision.*;

import dev.partnerprogram.partner.DiscountFacts;
import dev.partnerprogram.partner.DiscountRules;
import dev.partnerprogram.partner.PartnerStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The quarterly additional discount as the deployed DMN decisions {@code quarterly-discount} set it. */
@Component
class DmnDiscountRules implements DiscountRules {
    private final DecisionService decisions;

    DmnDiscountRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Decision decide(PartnerStatus tier, DiscountFacts facts, BigDecimal baseDiscount, BigDecimal maxDiscount) {
        Map<String, Object> variables = Map.of(
                INPUT_REVENUE, facts.revenue().doubleValue(),
                INPUT_PLAN_COMPLETION, facts.planCompletion(),
                INPUT_BASE_DISCOUNT, baseDiscount.doubleValue(),
                INPUT_MAX_DISCOUNT, maxDiscount.doubleValue());
        Number band = decisions.evaluateDecisionTableByKey(BAND_KEY).variables(variables).evaluate()
                .getSingleResult().getEntry(OUTPUT_TABLE_DISCOUNT);
        Number additional = decisions.evaluateDecisionByKey(KEY).variables(variables).evaluate()
                .getSingleResult().getEntry(OUTPUT_ADDITIONAL_DISCOUNT);
        return new Decision(percent(band), percent(additional));
    }

    private static BigDecimal percent(Number value) {
        return BigDecimal.valueOf(value.doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
