package dev.partnerprogram.web.tier;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.ConsultationService.NewConsultation;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.SubjectComments;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import dev.partnerprogram.workflow.upgrade.TierFacade.LicenceDecision;
import dev.partnerprogram.workflow.upgrade.TierFacade.ProjectDecision;
import dev.partnerprogram.workflow.upgrade.TierFacade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class PartnerTierControllerTest extends PageSliceTest {
    private static final long PARTNER_ID = 20;
    private static final PageRequest FIRST = PageRequest.of(0, 20);

    @Autowired TierFacade tier;
    @Autowired TaskInbox inbox;
    @Autowired SubjectComments comments;

    @BeforeEach
    void signedInReviewer() {
        signedIn(UiTestSupport.reviewer());
        given(comments.list(any(), any(), any(Long.class), any())).willReturn(Page.empty(FIRST));
        given(tier.staffOverview(any(), eq(PARTNER_ID), any())).willReturn(staffPage());
    }

    @Test
    void staffSeeThePartnersTierBenefitsAndWhatWaitsForThem() throws Exception {
        shows(mvc.perform(get("/partners/{id}/tier", PARTNER_ID)), "ООО «Альфа Софт»", "Выполнено 50%")
                .andExpect(view().name(PartnerTierController.VIEW_PARTNER))
                .andExpect(model().attributeExists("partner", "benefits", "projects", "planItems", "consultations", "licenceRequests",
                        "reviews", "comments"))
                .andExpect(model().attribute("planCompletion", 50))
                .andExpect(model().attribute("today", LocalDate.of(2026, 11, 20)));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerIsRefusedTheStaffPage() throws Exception {
        signedIn(UiTestSupport.partner(PARTNER_ID));
        given(tier.staffOverview(any(), eq(PARTNER_ID), any())).willThrow(new ForbiddenException("forbidden.reviewersOnly"));

        mvc.perform(get("/partners/{id}/tier", PARTNER_ID)).andExpect(status().isForbidden()).andExpect(view().name("error/403"));
    }

    @Test
    void aProjectIsConfirmedOnThePartnersPage() throws Exception {
        mvc.perform(post("/partners/{id}/projects/{p}/review", PARTNER_ID, 7).with(csrf()).param("decision", "CONFIRM"))
                .andExpect(redirectedUrl("/partners/20/tier#projects"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("project.reviewed")))));
        verify(tier).reviewProject(any(), eq(PARTNER_ID), eq(7L), eq(ProjectDecision.CONFIRM), eq(null));
    }

    @Test
    void aRejectionWithoutAReasonIsToldOnThePage() throws Exception {
        given(tier.reviewProject(any(), eq(PARTNER_ID), eq(7L), eq(ProjectDecision.REJECT), eq(null)))
                .willThrow(new InvalidInputException("comment", "error.commentRequired"));

        mvc.perform(post("/partners/{id}/projects/{p}/review", PARTNER_ID, 7).with(csrf()).param("decision", "REJECT"))
                .andExpect(redirectedUrl("/partners/20/tier#projects"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("error.commentRequired")))));
    }

    @Test
    void whatMayNotBeDoneAtAllIsTheErrorPage_notAMessage() throws Exception {
        given(tier.decideLicences(any(), eq(PARTNER_ID), eq(11L), eq(LicenceDecision.ISSUE), eq(null)))
                .willThrow(new NotFoundException("notFound.licenceRequest"));
        given(tier.markPlanItem(any(), eq(PARTNER_ID), eq(9L), eq(true))).willThrow(new ForbiddenException("forbidden.reviewersOnly"));

        mvc.perform(post("/partners/{id}/licences/{r}", PARTNER_ID, 11).with(csrf()).param("decision", "ISSUE"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/partners/{id}/plan/items/{i}", PARTNER_ID, 9).with(csrf()).param("done", "true"))
                .andExpect(status().isForbidden())
                .andExpect(flash().attributeCount(0));
    }

    @Test
    void aConsultationBeyondTheMonthsHours_isAProblemOnThePageWithTheFormKept() throws Exception {
        given(tier.logConsultation(any(), eq(PARTNER_ID), eq(new NewConsultation(LocalDate.of(2026, 11, 19), 4, "Настройка"))))
                .willThrow(new ConflictException("conflict.consultation.usedUp", "2026-11", 1, 5, 4));

        mvc.perform(post("/partners/{id}/consultations", PARTNER_ID).with(csrf()).param("consultedOn", "2026-11-19").param("hours", "4")
                        .param("topic", "Настройка"))
                .andExpect(status().isOk())
                .andExpect(view().name(PartnerTierController.VIEW_PARTNER))
                .andExpect(model().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("conflict.consultation.usedUp", "2026-11", 1, 5, 4)))))
                .andExpect(model().attribute("form", hasEntry("topic", "Настройка")));
    }

    @Test
    void aConsultationThatDoesNotParse_isNotLogged() throws Exception {
        mvc.perform(post("/partners/{id}/consultations", PARTNER_ID).with(csrf()).param("consultedOn", "вчера").param("hours", "два"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("fieldErrors", Map.of("consultedOn", "Укажите дату в формате ГГГГ-ММ-ДД",
                        "hours", "Введите целое число.")));
        verify(tier, never()).logConsultation(any(), any(Long.class), any());
    }

    @Test
    void theQueueShowsWhatWaits_andTheFlaggedPartnersOnlyWhenThereAreSome() throws Exception {
        given(tier.queue(any(), eq(FIRST))).willReturn(new TierFacade.Queue(Page.empty(FIRST), Page.empty(FIRST), Optional.empty()));

        mvc.perform(get("/staff/partners"))
                .andExpect(status().isOk())
                .andExpect(view().name(PartnerTierController.VIEW_QUEUE))
                .andExpect(content().string(containsString("Проекты на проверке")))
                .andExpect(content().string(not(containsString("id=\"flagged\""))));
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void theOpenTierDecisionIsOfferedInPlace_withItsDecisionsNamed() throws Exception {
        signedIn(UiTestSupport.manager());
        given(inbox.openTaskOn(any(), eq(SubjectType.PARTNER), eq(PARTNER_ID))).willReturn(Optional.of(tierTask()));

        shows(mvc.perform(get("/partners/{id}/tier", PARTNER_ID)), "action=\"/partners/20/task\"", "Сохранить статус",
                "Понизить статус");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void loweringWithoutAReason_isToldByTheField_andTheChoiceIsKept() throws Exception {
        signedIn(UiTestSupport.manager());
        given(inbox.openTaskOn(any(), eq(SubjectType.PARTNER), eq(PARTNER_ID))).willReturn(Optional.of(tierTask()));
        willThrow(new InvalidInputException("comment", "error.commentRequired")).given(inbox).complete(any(), eq("t-1"), any());

        shows(mvc.perform(post("/partners/{id}/task", PARTNER_ID).with(csrf()).param("decision", "LOWER")),
                "id=\"comment-error\">Для этого решения нужен комментарий.</div>",
                "value=\"LOWER\" id=\"decision-LOWER\" checked=\"checked\"")
                .andExpect(view().name(PartnerTierController.VIEW_PARTNER));
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aDecisionCompletesTheTaskThroughTheInbox_andComesBackToThePartner() throws Exception {
        signedIn(UiTestSupport.manager());
        given(inbox.openTaskOn(any(), eq(SubjectType.PARTNER), eq(PARTNER_ID))).willReturn(Optional.of(tierTask()));

        mvc.perform(post("/partners/{id}/task", PARTNER_ID).with(csrf()).param("decision", "KEEP").param("comment", "Есть сделки"))
                .andExpect(redirectedUrl("/partners/20/tier"));

        verify(inbox).complete(any(), eq("t-1"), eq(new TaskCompletion("KEEP", "Есть сделки", Map.of())));
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aTaskSomeoneElseFinished_isAMessage_notAnError() throws Exception {
        signedIn(UiTestSupport.manager());
        given(inbox.openTaskOn(any(), eq(SubjectType.PARTNER), eq(PARTNER_ID))).willReturn(Optional.empty());

        mvc.perform(post("/partners/{id}/task", PARTNER_ID).with(csrf()).param("decision", "KEEP"))
                .andExpect(redirectedUrl("/partners/20/tier"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("conflict.taskCompleted")))));
        verify(inbox, never()).complete(any(), any(), any());
    }

    private static TaskView tierTask() {
        TaskSpec spec = TaskSpec.of("user_decide_tier").decisions(Decision.KEEP, Decision.LOWER).commentFor(Decision.LOWER);
        return new TaskView("t-1", "Решить о статусе", spec.taskKey(), "partner-year", "20", new TaskView.Subject("partner", PARTNER_ID),
                UiTestSupport.NOW, null, false, null, List.of("managers"), spec.form(), spec.commentRequiredFor(), Map.of(), null);
    }

    private static TierFacade.StaffOverview staffPage() {
        var partner = new PartnerCompany("ООО «Альфа Софт»", "7701000001", "Москва", "Анна Альфина", "anna@alfa-soft.example",
                "+7 495 000-00-00", UiTestSupport.NOW);
        ReflectionTestUtils.setField(partner, "id", PARTNER_ID);
        ReflectionTestUtils.setField(partner, "status", PartnerStatus.AUTHORIZED);
        var overview = new TierFacade.Overview(partner, Optional.empty(), Page.empty(FIRST),
                new TierFacade.Plan(Optional.empty(), 50, Page.empty(FIRST)), Page.empty(FIRST), Page.empty(FIRST));
        var benefits = new Benefits(PartnerStatus.AUTHORIZED, BigDecimal.valueOf(35), BigDecimal.ZERO, BigDecimal.valueOf(35), 50, 35,
                20, 35, 35, 20, 20, 17, 5, 3, 1, 0, "NONE", BigDecimal.ZERO, null);
        return new TierFacade.StaffOverview(overview, new TierFacade.Usage(benefits, Page.empty(FIRST), Page.empty(FIRST)),
                Optional.empty(), LocalDate.of(2026, 11, 20));
    }
}
