package dev.partnerprogram.web.deal;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.Message;
import dev.partnerprogram.deal.DealConflict;
import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.deal.DealState;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.deal.DealView;
import dev.partnerprogram.workflow.deal.DealWorkflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class DealControllerTest extends SubjectPageSlice {
    private static final long DEAL_ID = 5;

    @Autowired DealWorkflow workflow;

    @Test
    void aConflictingDealsPageShowsItsFacts_andTheRivalRegistration_inRussian() throws Exception {
        var rival = new DealView.Rival(6, 21, "ООО «Гамма Софт»", "АО «Заказчик»", "7701234567", "Москва", new BigDecimal("2500000"),
                DealState.APPROVED, LocalDate.of(2027, 3, 1), UiTestSupport.NOW, DealConflict.Match.TAX_ID);
        given(workflow.get(any(), eq(DEAL_ID))).willReturn(deal(DealState.CONFLICT, List.of(rival)));

        shows(mvc.perform(get("/deals/{id}", DEAL_ID)), "Сделка № 5: АО «Заказчик»", "Конфликт регистраций", "1 500 000,00 ₽",
                "15.02.2027", "Другие регистрации этого заказчика", "скидку и долю выручки утвердит менеджер", "ООО «Гамма Софт»", "Защищена", "По ИНН", "01.03.2027")
                .andExpect(view().name(DealController.VIEW_DETAILS));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aRegistrationWhoseAmountAndDateDoNotParse_staysOnTheFormWithTheErrorsByTheFields() throws Exception {
        shows(mvc.perform(post("/deals").with(csrf()).param("customerName", "АО «Заказчик»").param("customerTaxId", "7701234567")
                        .param("region", "Москва").param("expectedAmount", "полтора миллиона").param("expectedCloseDate", "весной")),
                "id=\"expectedAmount-error\">Укажите сумму, например 1500.00.</div>",
                "id=\"expectedCloseDate-error\">Укажите дату в формате ГГГГ-ММ-ДД</div>", "value=\"7701234567\"")
                .andExpect(view().name("deals/form"));
        verify(workflow, never()).register(any(), any());
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aRegistrationIsSentWithItsFieldsRead_andOpensTheDealsPage() throws Exception {
        given(workflow.register(any(), eq(new DealRequest("АО «Заказчик»", "7701234567", "Москва", 40, new BigDecimal("1500000.00"),
                LocalDate.of(2027, 2, 15), true)))).willReturn(deal(DealState.SUBMITTED, List.of()));

        mvc.perform(post("/deals").with(csrf()).param("customerName", "АО «Заказчик»").param("customerTaxId", "7701234567")
                        .param("region", "Москва").param("expectedLicenses", "40").param("expectedAmount", "1500000.00")
                        .param("expectedCloseDate", "2027-02-15").param("joint", "true"))
                .andExpect(redirectedUrl("/deals/5"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("deal.notice.registered")))));
    }

    private static DealView deal(DealState state, List<DealView.Rival> rivals) {
        return new DealView(DEAL_ID, PARTNER_ID, "АО «Бета Интеграция»", "АО «Заказчик»", "7701234567", "Москва", 40,
                new BigDecimal("1500000"), LocalDate.of(2027, 2, 15), state, null, false, null, null, null, null, null,
                UiTestSupport.NOW, true, null, null, rivals);
    }
}
