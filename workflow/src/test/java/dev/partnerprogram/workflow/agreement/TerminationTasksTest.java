package dev.partnerprogram.workflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.processes.AgreementTerminationProcess;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class TerminationTasksTest {
    private static final long PARTNER = 9;
    private static final String TASK = AgreementTerminationProcess.USER_APPROVE_TERMINATION;

    private final AgreementService agreements = mock(AgreementService.class);
    private final TerminationTasks tasks = new TerminationTasks(agreements);

    @Test
    void anApprovalIsRecordedInTheSecondManagersName_andAnsweredForTheGateway() {
        var variables = complete(new TaskCompletion("APPROVE", null, Map.of()));

        verify(agreements).decideTermination(PARTNER, true, null, AccessFixtures.manager().username());
        assertThat(variables).containsEntry(AgreementTerminationProcess.TERMINATION_DECISION.name(), Variables.untypedValue("APPROVE", true));
    }

    @Test
    void aRejectionNeedsAReason_beforeAnythingIsRecorded() {
        assertThatThrownBy(() -> complete(new TaskCompletion("REJECT", "", Map.of()))).isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(agreements);

        var variables = complete(new TaskCompletion("REJECT", "Оплата поступила", Map.of()));

        verify(agreements).decideTermination(PARTNER, false, "Оплата поступила", AccessFixtures.manager().username());
        assertThat(variables).containsEntry(AgreementTerminationProcess.TERMINATION_DECISION.name(), Variables.untypedValue("REJECT", true));
    }

    private Map<String, Object> complete(TaskCompletion completion) {
        return tasks.complete(TASK, PARTNER, AccessFixtures.manager(), tasks.spec(TASK).read(completion));
    }
}
