package dev.partnerprogram.workflow.training;

import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.processes.TrainingPricingDecision;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.PricingRule;
import dev.partnerprogram.training.PricingRules;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The pricing rules as the deployed DMN table {@code training-pricing} decides them. */
@Component
class DmnPricingRules implements PricingRules {
    private final DecisionService decisions;

    DmnPricingRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Decision decide(PartnerStatus status, CourseKind kind, int freeSeatsLeft) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(TrainingPricingDecision.KEY)
                .variables(Map.of(
                        TrainingPricingDecision.INPUT_PARTNER_STATUS, status.name(),
                        TrainingPricingDecision.INPUT_COURSE_KIND, kind.name(),
                        TrainingPricingDecision.INPUT_FREE_SEATS_LEFT, freeSeatsLeft))
                .evaluate()
                .getSingleResult();
        if (result == null) {
            throw new IllegalStateException("The pricing table has no rule for " + status + ", " + kind + ", " + freeSeatsLeft);
        }
        String rule = result.getEntry(TrainingPricingDecision.OUTPUT_PRICING_RULE);
        Number fundCap = result.getEntry(TrainingPricingDecision.OUTPUT_FUND_CAP_PERCENT);
        return new Decision(PricingRule.valueOf(rule), fundCap == null ? 0 : fundCap.intValue());
    }
}
