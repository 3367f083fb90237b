package dev.partnerprogram.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class AgreementTasksTest {
    private static final long PARTNER = 7;

    private final AgreementService agreements = mock(AgreementService.class);
    private final AgreementTasks tasks = new AgreementTasks(agreements);

    @Test
    void handingInTheRenewal_needsTheUploadedDocument() {
        doThrow(new InvalidInputException("file", "error.agreementRenewalMissing")).when(agreements).renewalSubmitted(PARTNER);

        assertThatThrownBy(() -> complete(PartnerAgreementProcess.USER_UPLOAD_RENEWAL, new TaskCompletion(null, null, Map.of())))
                .isInstanceOf(InvalidInputException.class);
        verify(agreements).renewalSubmitted(PARTNER);
    }

    @Test
    void aConfirmationIsRecorded_andAnsweredForTheGateway() {
        var variables = complete(PartnerAgreementProcess.USER_CONFIRM_RENEWAL, new TaskCompletion("APPROVE", null, Map.of()));

        verify(agreements).recordRenewalDecision(PARTNER, true, null, "reviewer");
        assertThat(variables).containsEntry(PartnerAgreementProcess.RENEWAL_DECISION.name(), Variables.untypedValue("APPROVE", true));
    }

    @Test
    void aReturnNeedsAComment_beforeAnythingIsRecorded() {
        assertThatThrownBy(() -> complete(PartnerAgreementProcess.USER_CONFIRM_RENEWAL, new TaskCompletion("REWORK", " ", Map.of())))
                .isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(agreements);

        var variables = complete(PartnerAgreementProcess.USER_CONFIRM_RENEWAL, new TaskCompletion("REWORK", "Нет подписи", Map.of()));
        verify(agreements).recordRenewalDecision(PARTNER, false, "Нет подписи", "reviewer");
        assertThat(variables).containsEntry(PartnerAgreementProcess.RENEWAL_DECISION.name(), Variables.untypedValue("REWORK", true));
    }

    private Map<String, Object> complete(String taskKey, TaskCompletion completion) {
        return tasks.complete(taskKey, PARTNER, AccessFixtures.reviewer(), tasks.spec(taskKey).read(completion));
    }
}
