package dev.partnerprogram.web.partner;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.partner.PartnerList;
import dev.partnerprogram.partner.PartnerQuery;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.partner.StaffPartners;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(StaffPartnersController.class)
@Import(UiTestSupport.class)
@WithMockUser(username = "reviewer", roles = "REVIEWER")
class StaffPartnersControllerTest {
    private static final PartnerList.Row BETA = new PartnerList.Row(20, "АО «Бета Интеграция»", "7801234567", "Санкт-Петербург",
            PartnerStatus.CERTIFIED, LocalDate.of(2026, 12, 31), "RENEWAL_DUE");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffPartners partners;

    @MockitoBean
    ProgramDashboard program;

    @MockitoBean
    AppUserRepository users;

    @BeforeEach
    void aReviewer() {
        given(users.findByUsername("reviewer")).willReturn(Optional.of(UiTestSupport.reviewer()));
        given(users.findByUsername("partner")).willReturn(Optional.of(UiTestSupport.partner(20)));
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
}
