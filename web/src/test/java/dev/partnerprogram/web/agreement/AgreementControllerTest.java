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
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({AgreementController.class, VerificationController.class})
@Import(UiTestSupport.class)
class AgreementControllerTest {
    private static final long PARTNER = 7;
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 12, 31);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgreementWorkflow agreements;

    @MockitoBean
    AppUserRepository users;

    @BeforeEach
    void anActiveAgreement() {
        given(users.findByUsername("manager")).willReturn(Optional.of(UiTestSupport.manager()));
        given(users.findByUsername("partner")).willReturn(Optional.of(UiTestSupport.partner(PARTNER)));
        Agreement agreement = mock(Agreement.class);
        given(agreement.getNumber()).willReturn("DRX-A-2026-000007");
        given(agreement.getState()).willReturn(AgreementState.ACTIVE);
        given(agreement.getValidFrom()).willReturn(LocalDate.of(2026, 1, 1));
        given(agreement.getValidUntil()).willReturn(LocalDate.of(2026, 12, 31));
        given(agreements.agreement(any(), anyLong())).willReturn(new AgreementWorkflow.AgreementView(agreement, 41,
                LocalDate.of(2026, 12, 31), List.of(), List.of(), Optional.empty()));
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
