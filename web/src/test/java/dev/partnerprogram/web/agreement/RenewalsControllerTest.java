package dev.partnerprogram.web.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.agreement.RenewalsList.Due;
import dev.partnerprogram.agreement.RenewalsList;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

class RenewalsControllerTest extends PageSliceTest {
    private static final RenewalsList.Renewal OVERDUE = new RenewalsList.Renewal(7, "ООО «Альфа; Бета»", "Казань",
            "DRX-A-2026-000007", AgreementState.RENEWAL_DUE, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31), 12, false,
            Due.OVERDUE);

    @Autowired AgreementWorkflow agreements;
    @Autowired ProgramDashboard program;

    @BeforeEach
    void aManager() {
        signedIn(UiTestSupport.manager());
        given(program.regions()).willReturn(List.of("Казань", "Москва"));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void theListShowsEachRenewalInWords_withItsFilterAndExport() throws Exception {
        given(agreements.renewals(any(), eq(new RenewalsList.Filter(Due.OVERDUE, "Казань", null)), any()))
                .willReturn(new PageImpl<>(List.of(OVERDUE), PageRequest.of(0, 20), 1));

        mvc.perform(get("/renewals").param("due", "overdue").param("region", "Казань"))
                .andExpect(status().isOk())
                .andExpect(view().name(RenewalsController.VIEW_RENEWALS))
                .andExpect(content().string(containsString("Просрочено: напомнили дважды, продления нет")))
                .andExpect(content().string(containsString("href=\"/partners/7/agreement\"")))
                .andExpect(content().string(containsString("/renewals.csv?due=OVERDUE&amp;region=")));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void anUnknownDueFilter_isShownAsInvalid_andTheWholeListStays() throws Exception {
        given(agreements.renewals(any(), eq(new RenewalsList.Filter(null, null, null)), any()))
                .willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

        mvc.perform(get("/renewals").param("due", "TOMORROW"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("filterErrors", List.of("due")))
                .andExpect(content().string(containsString("id=\"renewals-none\"")));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void theRussianExport_isSemicolonSeparatedWithAByteOrderMark_theEnglishOneCommaSeparated() throws Exception {
        given(agreements.renewalsExport(any(), any())).willReturn(List.of(OVERDUE));

        byte[] ru = mvc.perform(get("/renewals.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        String ruText = new String(ru, StandardCharsets.UTF_8);
        assertThat(ruText).startsWith("\uFEFFКомпания;Регион;Договор;Состояние;")
                .contains("\"ООО «Альфа; Бета»\";Казань;DRX-A-2026-000007;Ожидается продление;2026-12-31;2026-12-31;12;Нет;");

        mvc.perform(get("/renewals.csv").header("Accept-Language", "en").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("\uFEFFCompany,Region,Agreement,State,")))
                .andExpect(content().string(containsString("ООО «Альфа; Бета»,Казань,DRX-A-2026-000007,")));
    }
}
