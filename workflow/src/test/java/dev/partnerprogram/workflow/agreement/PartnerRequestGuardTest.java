package dev.partnerprogram.workflow.agreement;

import static dev.partnerprogram.workflow.partner.AccessFixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.deal.Deal;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.SubjectProcesses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class PartnerRequestGuardTest {

    private static final long PARTNER = AccessFixtures.OWN;
    private static final long DEAL = 7L;

    private final AgreementService agreements = mock(AgreementService.class);
    private final RuntimeService runtime = mock(RuntimeService.class);
    private final PartnerRequestGuard guard = new PartnerRequestGuard(agreements, new SubjectProcesses(runtime));
    private final Caller caller = partner();
    private final Deal deal = mock(Deal.class);
    private final List<Long> storedFor = new ArrayList<>();

    @Test
    void storesForTheCallersCompany_andStartsTheProcessWithBothIds() {
        Map<String, Object> variables = startedWith("pi-1");

        Deal started = guard.start(caller, DealRegistrationProcess.KEY, DealRegistrationProcess.DEAL_ID,
                DealRegistrationProcess.PARTNER_ID, this::store);

        assertThat(started).isSameAs(deal);
        assertThat(storedFor).containsExactly(PARTNER);
        assertThat(variables).containsOnly(Map.entry("dealId", DEAL), Map.entry("partnerId", PARTNER));
        verify(deal).attachProcess("pi-1");
        verify(agreements).requireValid(PARTNER);
    }

    @Test
    void moreVariables_goWithTheIds() {
        Map<String, Object> variables = startedWith("pi-2");

        guard.start(caller, DealRegistrationProcess.KEY, DealRegistrationProcess.DEAL_ID, DealRegistrationProcess.PARTNER_ID,
                this::store, start -> start.with(StatusUpgradeProcess.REQUESTED_STATUS, "GENERAL"));

        assertThat(variables).containsOnly(Map.entry("dealId", DEAL), Map.entry("partnerId", PARTNER),
                Map.entry("requestedStatus", "GENERAL"));
    }

    @Test
    void staff_storeAndStartNothing() {
        assertThatThrownBy(() -> guard.start(AccessFixtures.reviewer(), DealRegistrationProcess.KEY,
                DealRegistrationProcess.DEAL_ID, DealRegistrationProcess.PARTNER_ID, this::store))
                .isInstanceOf(ForbiddenException.class);

        assertThat(storedFor).isEmpty();
        verifyNoInteractions(runtime);
    }

    @Test
    void aPartnerWhoseAgreementIsNotValid_storesAndStartsNothing() {
        willThrow(new ForbiddenException("forbidden.agreementSuspended")).given(agreements).requireValid(PARTNER);

        assertThatThrownBy(() -> guard.start(caller, DealRegistrationProcess.KEY, DealRegistrationProcess.DEAL_ID,
                DealRegistrationProcess.PARTNER_ID, this::store)).isInstanceOf(ForbiddenException.class);

        assertThat(storedFor).isEmpty();
        verifyNoInteractions(runtime);
    }

    private Deal store(long partnerId) {
        storedFor.add(partnerId);
        given(deal.getId()).willReturn(DEAL);
        given(deal.getPartnerId()).willReturn(partnerId);
        return deal;
    }

    /** The variables the process is started with, filled in when it starts. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> startedWith(String instanceId) {
        ProcessInstance instance = mock(ProcessInstance.class);
        given(instance.getId()).willReturn(instanceId);
        Map<String, Object> variables = new HashMap<>();
        given(runtime.startProcessInstanceByKey(eq(DealRegistrationProcess.KEY), eq(Long.toString(DEAL)), any(Map.class))).willAnswer(call -> {
                    variables.putAll(call.getArgument(2));
                    return instance;
                });
        return variables;
    }
}
