package dev.partnerprogram.workflow.upgrade;

import static dev.partnerprogram.processes.TierEligibilityDecision.*;

import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.upgrade.EligibilityRules;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The tier requirements as the deployed DMN table {@code tier-eligibility} judges them. */
@Component
class DmnEligibilityRules implements EligibilityRules {
    private final DecisionService decisions;

    DmnEligibilityRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<Outcome> check(PartnerStatus tier, Purpose purpose, Facts facts) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INPUT_TIER, tier.name());
        variables.put(INPUT_PURPOSE, purpose.name());
        variables.put(INPUT_MONTHS_IN_TIER, facts.monthsInTier());
        variables.put(INPUT_MEDIUM_PROJECTS, facts.mediumProjects());
        variables.put(INPUT_CERTIFIED_SPECIALISTS, facts.certifiedSpecialists());
        variables.put(INPUT_REVENUE_LAST_QUARTER, facts.revenueLastQuarter().doubleValue());
        variables.put(INPUT_REVENUE_QUARTER_BEFORE, facts.revenueQuarterBefore().doubleValue());
        variables.put(INPUT_PLAN_COMPLETION, facts.planCompletion());
        return decisions.evaluateDecisionByKey(KEY).variables(variables).evaluate().getResultList().stream()
                .map(row -> new Outcome((String) row.get(OUTPUT_CRITERION), (String) row.get(OUTPUT_FACT),
                        (String) row.get(OUTPUT_COMPARISON), BigDecimal.valueOf(((Number) row.get(OUTPUT_THRESHOLD)).doubleValue()),
                        Boolean.TRUE.equals(row.get(OUTPUT_MET))))
                .toList();
    }
}
