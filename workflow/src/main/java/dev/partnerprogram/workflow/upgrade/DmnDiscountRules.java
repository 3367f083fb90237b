package dev.partnerprogram.workflow.upgrade;

import static dev.partnerprogram.processes.QuarterlyDiscountDecision.*;

import dev.partnerprogram.partner.DiscountFacts;
import dev.partnerprogram.partner.DiscountRules;
import dev.partnerprogram.partner.PartnerStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import dev.partnerprogram.workflow.engine.DecisionResults;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The quarterly additional discount as the deployed DMN decisions {@code quarterly-discount} set it (kept per inputs:
 * {@link DecisionResults}).
 */
@Component
class DmnDiscountRules implements DiscountRules {
    private final DecisionResults decisions;

    DmnDiscountRules(DecisionResults decisions) {
        this.decisions = decisions;
    }

    @Override
    public Decision decide(PartnerStatus tier, DiscountFacts facts, BigDecimal baseDiscount, BigDecimal maxDiscount) {
        Map<String, Object> variables = Map.of(
                INPUT_REVENUE, facts.revenue().doubleValue(),
                INPUT_PLAN_COMPLETION, facts.planCompletion(),
                INPUT_BASE_DISCOUNT, baseDiscount.doubleValue(),
                INPUT_MAX_DISCOUNT, maxDiscount.doubleValue());
        Number band = decisions.decide(BAND_KEY, variables,
                decided -> decided.getSingleResult().<Number>getEntry(OUTPUT_TABLE_DISCOUNT));
        Number additional = decisions.decide(KEY, variables,
                decided -> decided.getSingleResult().<Number>getEntry(OUTPUT_ADDITIONAL_DISCOUNT));
        return new Decision(percent(band), percent(additional));
    }

    private static BigDecimal percent(Number value) {
        return BigDecimal.valueOf(value.doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
