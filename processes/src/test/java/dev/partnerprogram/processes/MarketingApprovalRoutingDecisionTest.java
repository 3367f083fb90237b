package dev.partnerprogram.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The approval routing table: who must approve a pre-approval, by requested amount and activity kind. */
@Deployment(resources = MarketingCompensationProcess.ROUTING_DECISION_RESOURCE)
class MarketingApprovalRoutingDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @ParameterizedTest(name = "{0} RUB, {1}: manager approval {2}")
    @CsvSource({
            "0.01,      EVENT,             false",
            "300000.00, EVENT,             false",
            "300000.01, EVENT,             true",
            "1000000,   WEBINAR,           true",
            "300000.00, EXHIBITION,        false",
            "450000,    PRINTED_MATERIALS, true",
            "99999.99,  OTHER,             false",
            "100000.00, OTHER,             true",
            "250000,    ADVERTISING,       false",
    })
    void routesByAmountAndKind(double amount, String kind, boolean managerApproval) {
        var result = engine.getDecisionService().evaluateDecisionTableByKey(MarketingCompensationProcess.ROUTING_DECISION_KEY)
                .variables(Map.of(MarketingCompensationProcess.REQUESTED_AMOUNT.name(), amount,
                        MarketingCompensationProcess.ACTIVITY_KIND.name(), kind))
                .evaluate();

        assertThat(result.getSingleResult().<Boolean>getSingleEntry()).isEqualTo(managerApproval);
    }
}
