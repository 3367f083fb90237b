package dev.partnerprogram.web.marketing;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventRequest;
import dev.partnerprogram.event.JointEventState;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.TaskFixtures;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.compensation.JointEventView;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class JointEventControllerTest extends SubjectPageSlice {
    private static final long EVENT_ID = 8;
    private static final JointEventView EVENT = new JointEventView(EVENT_ID, PARTNER_ID, "Семинар для заказчиков в Казани",
            LocalDate.of(2027, 1, 20), "Казань", EventFormat.OFFLINE, 40, "Нужен докладчик от вендора", JointEventState.IN_REVIEW,
            null, null, null, UiTestSupport.NOW, UiTestSupport.NOW, List.of());

    @Autowired JointEventWorkflow workflow;

    @BeforeEach
    void theSubject() {
        given(workflow.get(any(), eq(EVENT_ID))).willReturn(EVENT);
        given(workflow.earliestDate()).willReturn(LocalDate.of(2026, 12, 20));
    }

    @Test
    void theEventsPageShowsTheRequest_andOffersTheOpenReviewInPlace() throws Exception {
        given(inbox.openTaskOn(any(), eq(SubjectType.JOINT_EVENT), eq(EVENT_ID))).willReturn(Optional.of(reviewTask()));

        shows(mvc.perform(get("/events/{id}", EVENT_ID)), "Семинар для заказчиков в Казани", "Нужен докладчик от вендора",
                "action=\"/events/8/task\"", "Рассмотреть совместное мероприятие", "Предложить другую дату",
                "name=\"staffNames\"")
                .andExpect(view().name(JointEventController.VIEW_DETAILS));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void anotherCompanysEvent_isNotFound_andNoTaskIsLookedFor() throws Exception {
        given(workflow.get(any(), eq(99L))).willThrow(new NotFoundException("notFound.jointEvent"));

        // The marketing pages leave the error page to the container (MarketingPagesAdvice): a status, no view of their own.
        mvc.perform(get("/events/{id}", 99)).andExpect(status().isNotFound());
        verify(inbox, never()).openTaskOn(any(), any(), any(Long.class));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aRequestWhoseDateAndAudienceDoNotParse_staysOnTheFormWithTheErrorsByTheFields() throws Exception {
        shows(mvc.perform(post("/events").with(csrf()).param("title", "Семинар").param("date", "после праздников").param("city", "Казань")
                        .param("format", "OFFLINE").param("expectedAudience", "много").param("vendorRequest", "Докладчик")),
                "id=\"date-error\">Укажите дату в формате ГГГГ-ММ-ДД</div>",
                "id=\"expectedAudience-error\">Введите целое число.</div>", "value=\"Казань\"")
                .andExpect(view().name("events/form"));
        verify(workflow, never()).submit(any(), any());
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aRequestIsSentWithItsFieldsRead_andOpensItsPage() throws Exception {
        given(workflow.submit(any(), eq(new JointEventRequest("Семинар для заказчиков в Казани", LocalDate.of(2027, 1, 20), "Казань",
                EventFormat.OFFLINE, 40, "Нужен докладчик от вендора")))).willReturn(EVENT);

        mvc.perform(post("/events").with(csrf()).param("title", "Семинар для заказчиков в Казани").param("date", "2027-01-20")
                        .param("city", "Казань").param("format", "OFFLINE").param("expectedAudience", "40")
                        .param("vendorRequest", "Нужен докладчик от вендора"))
                .andExpect(redirectedUrl("/events/8"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("mdf.notice.eventSubmitted")))));
    }

    @Test
    void anApprovalCompletesTheReviewThroughTheInbox_once() throws Exception {
        // The second post finds the task done (a double click, or a colleague was quicker): a message, not a second completion.
        given(inbox.openTaskOn(any(), eq(SubjectType.JOINT_EVENT), eq(EVENT_ID))).willReturn(Optional.of(reviewTask()), Optional.empty());

        TaskFixtures.assertSecondPostFindsTheTaskDone(mvc,
                () -> post("/events/{id}/task", EVENT_ID).with(csrf()).param("decision", "APPROVE").param("staffNames", "Олег Докладов"),
                "/events/8", "Рассмотреть совместное мероприятие");

        verify(inbox, times(1)).complete(any(), eq("t-1"), eq(new TaskCompletion("APPROVE", null, Map.of("staffNames", "Олег Докладов"))));
    }

    @Test
    void aRejectionWithoutAReason_isShownAgainWithTheErrorByTheComment_andTheChoiceKept() throws Exception {
        given(inbox.openTaskOn(any(), eq(SubjectType.JOINT_EVENT), eq(EVENT_ID))).willReturn(Optional.of(reviewTask()));
        willThrow(new InvalidInputException("comment", "error.commentRequired")).given(inbox).complete(any(), eq("t-1"), any());

        shows(mvc.perform(post("/events/{id}/task", EVENT_ID).with(csrf()).param("decision", "REJECT")),
                "id=\"comment-error\">Для этого решения нужен комментарий.</div>",
                "value=\"REJECT\" id=\"decision-REJECT\" checked=\"checked\"")
                .andExpect(view().name(JointEventController.VIEW_DETAILS));
    }

    private static TaskView reviewTask() {
        TaskSpec spec = TaskSpec.of("user_review_event").decisions(Decision.APPROVE, Decision.REJECT, Decision.PROPOSE_DATE)
                .commentFor(Decision.REJECT).fields(FieldSpec.text("staffNames", 500), FieldSpec.date("proposedDate"));
        return TaskFixtures.openTask(spec, "Review the event", "joint-event", SubjectType.JOINT_EVENT, EVENT_ID, "marketing");
    }
}
