package dev.partnerprogram.web.agreement;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.agreement.Agreement;
import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.agreement.AgreementTermination;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

class AgreementControllerTest extends PageSliceTest {
    private static final long PARTNER = 7;
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 12, 31);
    private static final long CURRENT = 12;
    private static final long EARLIER = 3;

    @Autowired AgreementWorkflow agreements;

    @BeforeEach
    void anActiveAgreement() {
        signedIn(UiTestSupport.manager(), UiTestSupport.partner(PARTNER));
        Agreement agreement = mock(Agreement.class);
        given(agreement.getNumber()).willReturn("DRX-A-2026-000007");
        given(agreement.getState()).willReturn(AgreementState.ACTIVE);
        given(agreement.getValidFrom()).willReturn(LocalDate.of(2026, 1, 1));
        given(agreement.getValidUntil()).willReturn(LocalDate.of(2026, 12, 31));
        given(agreement.getId()).willReturn(CURRENT);
        given(agreements.agreement(any(), anyLong())).willReturn(new AgreementWorkflow.AgreementView(agreement, 41,
                LocalDate.of(2026, 12, 31), List.of(), List.of(), Optional.empty()));
        given(agreements.agreementList(any(), anyLong(), any())).willReturn(new PageImpl<>(List.of(
                new AgreementWorkflow.AgreementSummary(agreement, null))));
        Agreement earlier = earlier();
        given(agreements.agreement(any(), eq(PARTNER), eq(EARLIER))).willReturn(new AgreementWorkflow.AgreementView(earlier, 0,
                LocalDate.of(2025, 12, 31), List.of(), List.of(), Optional.empty()));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void withItsOneAgreement_thePageListsNoOthers() throws Exception {
        mvc.perform(get("/partners/7/agreement"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("agreement-list"))));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aCompanyThatJoinedAgain_seesItsEarlierAgreement_howItEnded_andALinkToIt() throws Exception {
        Agreement current = agreements.agreement(null, PARTNER).agreement();
        Agreement earlier = earlier();
        given(agreements.agreementList(any(), eq(PARTNER), eq(PageRequest.of(1, 20)))).willReturn(new PageImpl<>(List.of(
                new AgreementWorkflow.AgreementSummary(current, null),
                new AgreementWorkflow.AgreementSummary(earlier, AgreementWorkflow.Ending.NO_RENEWAL)), PageRequest.of(1, 20), 22));

        shows(mvc.perform(get("/partners/7/agreement").param("agreementsPage", "1")), "id=\"agreement-list\"",
                "href=\"/partners/7/agreements/3\"", "DRX-A-2025-000007", "01.01.2025 по 31.12.2025", "Прекращён",
                "Прекращён 31.03.2026: продление не поступило в льготный срок", "действующий",
                "agreementsPage=0");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void anEarlierAgreement_hasItsOwnPage_withTheWayBack_andNoTermination() throws Exception {
        shows(mvc.perform(get("/partners/7/agreements/3")), "Партнёрский договор DRX-A-2025-000007",
                "href=\"/partners/7/agreement\"", "Текущий договор", "id=\"agreement-history\"")
                .andExpect(view().name(AgreementController.VIEW_EARLIER))
                .andExpect(content().string(not(containsString("termination-form"))));
    }

    private static Agreement earlier() {
        Agreement earlier = mock(Agreement.class);
        given(earlier.getId()).willReturn(EARLIER);
        given(earlier.getNumber()).willReturn("DRX-A-2025-000007");
        given(earlier.getState()).willReturn(AgreementState.TERMINATED);
        given(earlier.getValidFrom()).willReturn(LocalDate.of(2025, 1, 1));
        given(earlier.getValidUntil()).willReturn(LocalDate.of(2025, 12, 31));
        given(earlier.getEndedOn()).willReturn(LocalDate.of(2026, 3, 31));
        return earlier;
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void aManagerIsOfferedTheTermination() throws Exception {
        shows(mvc.perform(get("/partners/7/agreement")), "id=\"termination-form\"", "Запросить расторжение");
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void thePartnerIsNot() throws Exception {
        mvc.perform(get("/partners/7/agreement"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("termination-form"))));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void aTerminationWithoutReasonOrDate_namesBothFields_andAsksNothing() throws Exception {
        mvc.perform(post("/partners/7/agreement/termination").with(csrf()).param("reason", " ").param("effectiveDate", "31.12"))
                .andExpect(status().isOk())
                .andExpect(view().name(AgreementController.VIEW_AGREEMENT))
                .andExpect(model().attribute("fieldErrors", hasKey("reason")))
                .andExpect(model().attribute("fieldErrors", hasKey("effectiveDate")));
        verify(agreements, never()).requestTermination(any(), anyLong(), any(), any());
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void aTerminationIsAsked_andThePageSaysWhoMustApprove() throws Exception {
        AgreementTermination termination = mock(AgreementTermination.class);
        given(termination.getEffectiveOn()).willReturn(EFFECTIVE);
        given(agreements.requestTermination(any(), eq(PARTNER), eq("Нарушение условий"), eq(EFFECTIVE))).willReturn(termination);

        mvc.perform(post("/partners/7/agreement/termination").with(csrf()).param("reason", "Нарушение условий")
                        .param("effectiveDate", EFFECTIVE.toString()))
                .andExpect(redirectedUrl("/partners/7/agreement"));
        verify(agreements).requestTermination(any(), eq(PARTNER), eq("Нарушение условий"), eq(EFFECTIVE));
    }

    @Test
    void anyoneChecksACertificate_andLearnsOnlyNameStatusAndValidity() throws Exception {
        given(agreements.verify("DRX-2026-000007")).willReturn(new AgreementService.Verification("DRX-2026-000007",
                "ООО «Альфа Софт»", PartnerStatus.AUTHORIZED, LocalDate.of(2026, 1, 15), false, LocalDate.of(2026, 11, 1)));

        shows(mvc.perform(get("/verify/DRX-2026-000007").with(anonymous())), "ООО «Альфа Софт»",
                "Сертификат недействителен с 01.11.2026", "15.01.2026")
                .andExpect(view().name(VerificationController.VIEW_VERIFY));
    }
}
