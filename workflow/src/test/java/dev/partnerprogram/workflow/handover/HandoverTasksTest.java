package dev.partnerprogram.workflow.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.handover.HandoverService;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class HandoverTasksTest {
    private static final long HANDOVER = 51;

    private final HandoverService handovers = mock(HandoverService.class);
    private final HandoverTasks tasks = new HandoverTasks(handovers);

    @Test
    void theHoldersAnswer_isRecordedForItsCompany_andAnsweredForTheGateway() {
        var caller = AccessFixtures.partner();

        var variables = tasks.complete(ProjectHandoverProcess.USER_ANSWER_OFFER, HANDOVER, caller,
                tasks.spec(ProjectHandoverProcess.USER_ANSWER_OFFER).read(new TaskCompletion("accept", null, Map.of())));

        verify(handovers).answer(HANDOVER, caller.partnerId(), true, caller.username());
        assertThat(variables).containsEntry(ProjectHandoverProcess.ANSWER.name(), Variables.untypedValue("ACCEPT", true));
    }

    @Test
    void anAnswerOtherThanAcceptOrDecline_isRefusedByTheForm() {
        assertThatThrownBy(() -> tasks.spec(ProjectHandoverProcess.USER_ANSWER_OFFER).read(new TaskCompletion("MAYBE", null, Map.of())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void staffHoldNoOffer() {
        assertThatThrownBy(() -> tasks.complete(ProjectHandoverProcess.USER_ANSWER_OFFER, HANDOVER, AccessFixtures.manager(),
                tasks.spec(ProjectHandoverProcess.USER_ANSWER_OFFER).read(new TaskCompletion("DECLINE", null, Map.of()))))
                .isInstanceOf(ForbiddenException.class);
        verifyNoInteractions(handovers);
    }
}
