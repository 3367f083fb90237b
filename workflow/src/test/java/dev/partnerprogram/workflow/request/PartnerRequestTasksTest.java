package dev.partnerprogram.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.request.PartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestService;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class PartnerRequestTasksTest {
    private static final long REQUEST = 61;

    private final PartnerRequestService requests = mock(PartnerRequestService.class);
    private final AgreementService agreements = mock(AgreementService.class);
    private final PartnerRequestTasks tasks = new PartnerRequestTasks(requests, agreements);

    @Test
    void aConsultationHeld_isDoneWithItsDayAndHours_andAnsweredForTheGateway() {
        PartnerRequest consultation = request(PartnerRequestKind.CONSULTATION);
        given(requests.get(REQUEST)).willReturn(consultation);

        var variables = complete(PartnerRequestProcess.USER_ANSWER_REQUEST,
                Map.of("consultedOn", "2026-11-19", "hours", "3"), "approve", null);

        verify(agreements).requireValid(AccessFixtures.OWN);
        verify(requests).fulfil(REQUEST, null, LocalDate.of(2026, 11, 19), 3, AccessFixtures.reviewer().username());
        assertThat(variables).containsEntry(PartnerRequestProcess.ANSWER.name(), Variables.untypedValue("APPROVE", true));
    }

    @Test
    void aFrozenPartner_getsNoConsultationCounted() {
        PartnerRequest consultation = request(PartnerRequestKind.CONSULTATION);
        given(requests.get(REQUEST)).willReturn(consultation);
        willThrow(new ForbiddenException("forbidden.agreement.suspended")).given(agreements).requireValid(AccessFixtures.OWN);

        assertThatThrownBy(() -> complete(PartnerRequestProcess.USER_ANSWER_REQUEST, Map.of("consultedOn", "2026-11-19", "hours", "3"),
                "APPROVE", null)).isInstanceOf(ForbiddenException.class);
        verify(requests, never()).fulfil(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aDecline_needsTheReason_andIsRecorded() {
        assertThatThrownBy(() -> tasks.spec(PartnerRequestProcess.USER_ANSWER_REQUEST).read(new TaskCompletion("REJECT", null, Map.of())))
                .isInstanceOf(InvalidInputException.class);

        var variables = complete(PartnerRequestProcess.USER_ANSWER_REQUEST, Map.of(), "REJECT", "Мест на форуме нет");

        verify(requests).decline(REQUEST, "Мест на форуме нет", AccessFixtures.reviewer().username());
        assertThat(variables).containsEntry(PartnerRequestProcess.ANSWER.name(), Variables.untypedValue("REJECT", true));
    }

    @Test
    void materialsTheTierIncludes_areSent_withoutADecision() {
        var variables = complete(PartnerRequestProcess.USER_DELIVER_MATERIALS, Map.of(), null, "Отправлены на почту");

        verify(requests).fulfil(REQUEST, "Отправлены на почту", null, null, AccessFixtures.reviewer().username());
        assertThat(variables).isEmpty();
    }

    private Map<String, Object> complete(String taskKey, Map<String, String> fields, String decision, String comment) {
        return tasks.complete(taskKey, REQUEST, AccessFixtures.reviewer(),
                tasks.spec(taskKey).read(new TaskCompletion(decision, comment, fields)));
    }

    private static PartnerRequest request(PartnerRequestKind kind) {
        PartnerRequest request = mock(PartnerRequest.class);
        given(request.getKind()).willReturn(kind);
        given(request.getPartnerId()).willReturn(AccessFixtures.OWN);
        return request;
    }
}
