package dev.partnerprogram.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table of partner requests: the answering group, its working days and whether it decides, by kind and tier. */
@Deployment(resources = PartnerRequestProcess.ROUTING_DECISION_RESOURCE)
class PartnerRequestRoutingDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @ParameterizedTest(name = "{0} with materials {1}: {2}, {3} days, decides {4}")
    @CsvSource({
            "SOLUTION_SALE,       NONE,       partner-managers, 5,  true",
            "SOLUTION_SALE,       INCLUDED,   partner-managers, 5,  true",
            "MARKETING_MATERIALS, ON_REQUEST, marketing,        5,  true",
            "MARKETING_MATERIALS, INCLUDED,   marketing,        3,  false",
            "CONSULTATION,        ON_REQUEST, training,         3,  true",
            "VENDOR_EVENT,        NONE,       marketing,        10, true",
    })
    void routesByKindAndTheTiersMaterials(String kind, String materials, String group, int days, boolean decides) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PartnerRequestProcess.INPUT_KIND, kind);
        variables.put(PartnerRequestProcess.INPUT_MARKETING_MATERIALS, materials);

        var result = engine.getDecisionService().evaluateDecisionTableByKey(PartnerRequestProcess.ROUTING_DECISION_KEY)
                .variables(variables).evaluate().getSingleResult();

        assertThat(result.<String>getEntry(PartnerRequestProcess.OUTPUT_ANSWER_GROUP)).isEqualTo(group);
        assertThat(result.<Number>getEntry(PartnerRequestProcess.OUTPUT_ANSWER_WORKING_DAYS).intValue()).isEqualTo(days);
        assertThat(result.<Boolean>getEntry(PartnerRequestProcess.OUTPUT_DECISION_NEEDED)).isEqualTo(decides);
    }
}
