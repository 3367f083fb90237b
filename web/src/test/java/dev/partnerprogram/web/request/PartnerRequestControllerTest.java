package dev.partnerprogram.web.request;

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
import dev.partnerprogram.request.NewPartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestState;
import dev.partnerprogram.request.VendorEvent;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.request.PartnerRequestView;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "partner", roles = "PARTNER")
class PartnerRequestControllerTest extends SubjectPageSlice {
    private static final long REQUEST_ID = 7;
    private static final PartnerRequestView REQUEST = new PartnerRequestView(REQUEST_ID, PARTNER_ID, "АО «Бета Интеграция»",
            PartnerRequestKind.VENDOR_EVENT, PartnerRequestState.OPEN, null, null, null, VendorEvent.OPEN_DAYS,
            VendorEvent.Role.CO_ORGANISER, null, "Проведём день открытых дверей в Казани", "marketing",
            UiTestSupport.NOW.plusSeconds(3 * 86_400), null, null, null, UiTestSupport.NOW);

    @Autowired PartnerRequestWorkflow workflow;

    @Test
    void theRequestsPageShowsItsKindEventAndAnsweringGroup_inRussian() throws Exception {
        given(workflow.get(any(), eq(REQUEST_ID))).willReturn(REQUEST);

        shows(mvc.perform(get("/partner-requests/{id}", REQUEST_ID)), "Запрос № 7: Участие в мероприятии вендора", "Ждёт ответа",
                "Проведём день открытых дверей в Казани", "Дни открытых дверей · Соорганизатор", "Маркетинг", "23.11.2026")
                .andExpect(view().name(PartnerRequestController.VIEW_DETAILS));
    }

    @Test
    void aRequestWhoseKindAndHoursDoNotParse_staysOnTheFormWithTheErrorsByTheFields() throws Exception {
        shows(mvc.perform(post("/partner-requests").with(csrf()).param("kind", "LUNCH").param("hours", "два")
                        .param("details", "Нужна консультация по интеграции")),
                "id=\"kind-error\">Выберите один из вариантов.</div>", "id=\"hours-error\">Введите целое число.</div>",
                "Нужна консультация по интеграции")
                .andExpect(view().name(PartnerRequestController.VIEW_FORM));
        verify(workflow, never()).submit(any(), any());
    }

    @Test
    void aRequestIsSentWithItsFieldsRead_andOpensItsPage() throws Exception {
        given(workflow.submit(any(), eq(new NewPartnerRequest(PartnerRequestKind.VENDOR_EVENT, null, null, VendorEvent.OPEN_DAYS,
                VendorEvent.Role.CO_ORGANISER, null, "Проведём день открытых дверей в Казани")))).willReturn(REQUEST);

        mvc.perform(post("/partner-requests").with(csrf()).param("kind", "VENDOR_EVENT").param("event", "OPEN_DAYS")
                        .param("eventRole", "CO_ORGANISER").param("details", "Проведём день открытых дверей в Казани"))
                .andExpect(redirectedUrl("/partner-requests/7"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("request.notice.submitted")))));
    }
}
