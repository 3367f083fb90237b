package dev.partnerprogram.web.partner;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.agreement.Agreement;
import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerList;
import dev.partnerprogram.partner.PartnerQuery;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import dev.partnerprogram.workflow.partner.StaffPartners;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class StaffPartnersControllerTest extends PageSliceTest {
    private static final PartnerList.Row BETA = new PartnerList.Row(20, "АО «Бета Интеграция»", "7801234567", "Санкт-Петербург",
            PartnerStatus.CERTIFIED, LocalDate.of(2026, 12, 31), "RENEWAL_DUE");

    @Autowired StaffPartners partners;
    @Autowired ProgramDashboard program;
    @Autowired AgreementWorkflow agreements;

    @BeforeEach
    void aReviewer() {
        signedIn(UiTestSupport.reviewer(), UiTestSupport.partner(20));
        given(program.regions()).willReturn(List.of("Казань", "Санкт-Петербург"));
    }

    @Test
    void theFilterIsReadIntoTheQuery_andTheRowsShowStatusAndAgreementInRussian() throws Exception {
        given(partners.search(any(), eq(new PartnerQuery(null, null, "Санкт-Петербург", PartnerStatus.CERTIFIED, "RENEWAL_DUE")), any()))
                .willReturn(new PageImpl<>(List.of(BETA), PageRequest.of(0, 20), 1));

        shows(mvc.perform(get("/partners").param("region", "Санкт-Петербург").param("status", "certified").param("agreement", "RENEWAL_DUE")),
                "data-partner=\"20\"", "АО «Бета Интеграция»", "7801234567", "Сертифицированный партнёр", "31.12.2026",
                "Ожидается продление")
                .andExpect(view().name(StaffPartnersController.VIEW_LIST));
    }

    @Test
    void aFilterThatDoesNotParse_listsEveryPartner_andSaysTheFilterWasLeftOut() throws Exception {
        given(partners.search(any(), eq(PartnerQuery.ALL), any())).willReturn(new PageImpl<>(List.of(BETA), PageRequest.of(0, 20), 1));

        shows(mvc.perform(get("/partners").param("status", "GOLD").param("taxId", "78-01")),
                "id=\"partners-filter-error\"", "Фильтр задан неверно; показаны данные без него.", "АО «Бета Интеграция»");
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerMayNotListTheCompanies() throws Exception {
        mvc.perform(get("/partners")).andExpect(status().isForbidden());
        verify(partners, never()).search(any(), any(), any());
    }

    @Test
    void aPartnersPage_listsItsAgreements_eachLinkedToItsOwnPage() throws Exception {
        PartnerCompany partner = mock(PartnerCompany.class);
        given(partner.getId()).willReturn(20L);
        given(partner.getCompanyName()).willReturn("АО «Бета Интеграция»");
        given(partner.getStatus()).willReturn(PartnerStatus.AUTHORIZED);
        Agreement current = agreement(31L, "DRX-A-2026-000020-2", AgreementState.ACTIVE, null);
        Agreement earlier = agreement(4L, "DRX-A-2025-000020", AgreementState.TERMINATED, LocalDate.of(2025, 11, 10));
        given(partners.overview(any(), eq(20L))).willReturn(new StaffPartners.Overview(partner, null, current, List.of(), Page.empty()));
        given(agreements.agreementList(any(), eq(20L), any())).willReturn(new PageImpl<>(List.of(
                new AgreementWorkflow.AgreementSummary(current, null),
                new AgreementWorkflow.AgreementSummary(earlier, AgreementWorkflow.Ending.BY_VENDOR))));

        shows(mvc.perform(get("/partners/20")), "id=\"partner-agreements\"", "href=\"/partners/20/agreement\"",
                "href=\"/partners/20/agreements/4\"", "DRX-A-2025-000020", "Расторгнут вендором 10.11.2025")
                .andExpect(view().name(StaffPartnersController.VIEW_PARTNER));
    }

    private static Agreement agreement(long id, String number, AgreementState state, LocalDate endedOn) {
        Agreement agreement = mock(Agreement.class);
        given(agreement.getId()).willReturn(id);
        given(agreement.getNumber()).willReturn(number);
        given(agreement.getState()).willReturn(state);
        given(agreement.getValidFrom()).willReturn(LocalDate.of(2025, 1, 1));
        given(agreement.getValidUntil()).willReturn(LocalDate.of(2026, 12, 31));
        given(agreement.getEndedOn()).willReturn(endedOn);
        return agreement;
    }
}
