package dev.partnerprogram.workflow.request;

import static dev.partnerprogram.processes.PartnerRequestProcess.*;

import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.RequestRouting;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The routing of partner requests as the deployed DMN table {@code partner-request-routing} sets it. */
@Component
class DmnRequestRouting implements RequestRouting {
    private final DecisionService decisions;

    DmnRequestRouting(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Route route(PartnerRequestKind kind, String marketingMaterials) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INPUT_KIND, kind.name());
        variables.put(INPUT_MARKETING_MATERIALS, marketingMaterials);
        var result = decisions.evaluateDecisionTableByKey(ROUTING_DECISION_KEY).variables(variables).evaluate().getSingleResult();
        return new Route(result.getEntry(OUTPUT_ANSWER_GROUP), result.<Number>getEntry(OUTPUT_ANSWER_WORKING_DAYS).intValue(),
                result.<Boolean>getEntry(OUTPUT_DECISION_NEEDED));
    }
}
