package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At start-up every live agreement gets its process if it has none (rows the migration gave existing partners, or
 * loaded from elsewhere), and only those: an agreement whose process runs is not started twice.
 */
class AgreementProcessesAtStartUpTest extends IntegrationTest {

    @Autowired
    AgreementWorkflow agreements;

    @Test
    void anAgreementWithoutItsProcess_getsOne_andOneWithItKeepsItsOwn() {
        TimeMachine time = new TimeMachine(simulatedClock, runtimeService, managementService).withAgreement();
        Scenario.Partner lost = scenario.authorizedPartner();
        time.awaitAgreementScheduled(lost.partnerId());
        Scenario.Partner kept = scenario.authorizedPartner();
        time.awaitAgreementScheduled(kept.partnerId());
        String keptInstance = instance(kept).getId();
        runtimeService.deleteProcessInstance(instance(lost).getId(), "as if loaded without its process");

        agreements.startMissingProcesses();

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PartnerAgreementProcess.KEY)
                .processInstanceBusinessKey(Long.toString(lost.partnerId())).count()).isEqualTo(1);
        assertThat(instance(kept).getId()).as("the running one is left alone").isEqualTo(keptInstance);
    }

    private ProcessInstance instance(Scenario.Partner partner) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PartnerAgreementProcess.KEY)
                .processInstanceBusinessKey(Long.toString(partner.partnerId())).singleResult();
    }
}
