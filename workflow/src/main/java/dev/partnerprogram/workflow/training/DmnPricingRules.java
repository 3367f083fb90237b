package dev.partnerprogram.workflow.training;

import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.processes.TrainingPricingDecision;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.PricingRule;
import dev.partnerprogram.training.PricingRules;
import dev.partnerprogram.workflow.engine.DecisionResults;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/** The pricing rules as the deployed DMN table {@code training-pricing} decides them (kept per inputs: {@link DecisionResults}). */
@Component
class DmnPricingRules implements PricingRules {
    private final DecisionResults decisions;

    DmnPricingRules(DecisionResults decisions) {
        this.decisions = decisions;
    }

    @Override
    public Decision decide(PartnerStatus status, CourseKind kind, int freeSeatsLeft) {
        return decisions.decide(TrainingPricingDecision.KEY, Map.of(
                        TrainingPricingDecision.INPUT_PARTNER_STATUS, status.name(),
                        TrainingPricingDecision.INPUT_COURSE_KIND, kind.name(),
                        TrainingPricingDecision.INPUT_FREE_SEATS_LEFT, freeSeatsLeft),
                decided -> {
                    DmnDecisionResultEntries result = decided.getSingleResult();
                    if (result == null) {
                        throw new IllegalStateException("The pricing table has no rule for " + status + ", " + kind + ", "
                                + freeSeatsLeft);
                    }
                    String rule = result.getEntry(TrainingPricingDecision.OUTPUT_PRICING_RULE);
                    Number fundCap = result.getEntry(TrainingPricingDecision.OUTPUT_FUND_CAP_PERCENT);
                    return new Decision(PricingRule.valueOf(rule), fundCap == null ? 0 : fundCap.intValue());
                });
    }
}
