package dev.partnerprogram.workflow.certification;

import static dev.partnerprogram.processes.DesignationRequirementsDecision.*;

import dev.partnerprogram.certification.DesignationRules;
import dev.partnerprogram.partner.DesignationKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The designation requirements as the deployed DMN table {@code designation-requirements} judges them. */
@Component
class DmnDesignationRules implements DesignationRules {
    private final DecisionService decisions;

    DmnDesignationRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<Outcome> check(DesignationKind kind, Facts facts) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INPUT_DESIGNATION, kind.name());
        variables.put(INPUT_CERTIFIED_TRAINERS, facts.certifiedTrainers());
        variables.put(INPUT_HAS_PLATFORM, facts.hasPlatform());
        variables.put(INPUT_COURSES_OFFERED, facts.coursesOffered());
        variables.put(INPUT_CERTIFIED_DEVELOPERS, facts.certifiedDevelopers());
        variables.put(INPUT_SOLUTIONS, facts.solutions());
        variables.put(INPUT_HAS_SUPPORT, facts.hasSupport());
        return decisions.evaluateDecisionByKey(KEY).variables(variables).evaluate().getResultList().stream()
                .map(row -> new Outcome((String) row.get(OUTPUT_REQUIREMENT), Boolean.TRUE.equals(row.get(OUTPUT_MET)),
                        (String) row.get(OUTPUT_EXPECTED), (String) row.get(OUTPUT_FACT)))
                .toList();
    }
}
