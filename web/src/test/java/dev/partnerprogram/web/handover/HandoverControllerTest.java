package dev.partnerprogram.web.handover;

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
import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverOffer;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.handover.HandoverState;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.handover.HandoverView;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class HandoverControllerTest extends SubjectPageSlice {
    private static final long HANDOVER_ID = 3;
    private static final HandoverView HANDOVER = new HandoverView(HANDOVER_ID, "Внедрение СЭД в филиалах", "АО «Заказчик»", "Казань",
            HandoverKind.IMPLEMENTATION, HandoverState.OFFERED, null, null, UiTestSupport.NOW.plusSeconds(5 * 86_400), UiTestSupport.NOW,
            List.of(new HandoverView.Offer(PARTNER_ID, "АО «Бета Интеграция»", 0, HandoverOffer.State.DECLINED, UiTestSupport.NOW,
                            UiTestSupport.NOW.plusSeconds(86_400), UiTestSupport.NOW.plusSeconds(3_600), null),
                    new HandoverView.Offer(21, "ООО «Гамма Софт»", 1, HandoverOffer.State.OFFERED, UiTestSupport.NOW.plusSeconds(3_600),
                            UiTestSupport.NOW.plusSeconds(5 * 86_400), null, null),
                    new HandoverView.Offer(22, "ООО «Дельта»", 2, HandoverOffer.State.WITHDRAWN, null, null, UiTestSupport.NOW,
                            "closed: agreement DRX-A-2026-000022 suspended on 2026-03-01")));

    @Autowired HandoverWorkflow workflow;

    @Test
    void theHandoversPageShowsTheProjectAndTheQueueOfPartners_withLabelsInRussian() throws Exception {
        given(workflow.get(any(), eq(HANDOVER_ID))).willReturn(HANDOVER);

        shows(mvc.perform(get("/handovers/{id}", HANDOVER_ID)), "Внедрение СЭД в филиалах", "Передача проекта № 3 · Внедрение · АО «Заказчик» · Казань",
                "Предлагается партнёрам", "Ответить на предложение нужно до 25.11.2026", "Партнёры в очереди", "АО «Бета Интеграция»",
                "Отказ", "ООО «Гамма Софт»", "Предложено, ждём ответа")
                .andExpect(view().name(HandoverController.VIEW_DETAILS));
    }

    @Test
    void anOfferOfAnUnknownKind_staysOnTheFormWithTheErrorByTheField() throws Exception {
        shows(mvc.perform(post("/handovers").with(csrf()).param("title", "Внедрение СЭД").param("customerName", "АО «Заказчик»")
                        .param("region", "Казань").param("kind", "CONSULTING")),
                "id=\"kind-error\">Выберите один из вариантов.</div>", "value=\"Внедрение СЭД\"")
                .andExpect(view().name("handovers/form"));
        verify(workflow, never()).offer(any(), any());
    }

    @Test
    void anOfferIsSentWithItsFieldsRead_andOpensTheHandoversPage() throws Exception {
        given(workflow.offer(any(), eq(new HandoverRequest("Внедрение СЭД в филиалах", "АО «Заказчик»", "Казань", HandoverKind.IMPLEMENTATION))))
                .willReturn(HANDOVER);

        mvc.perform(post("/handovers").with(csrf()).param("title", "Внедрение СЭД в филиалах").param("customerName", "АО «Заказчик»")
                        .param("region", "Казань").param("kind", "IMPLEMENTATION"))
                .andExpect(redirectedUrl("/handovers/3"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("handover.notice.offered")))));
    }
}
