package dev.partnerprogram.web.marketing;

import static org.hamcrest.Matchers.containsString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.support.TaskFixtures;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.inbox.TaskPages;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.compensation.JointEventView;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectComments;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(JointEventController.class)
@Import({UiTestSupport.class, CommentsCard.class, TaskPages.class, SubjectPages.class})
@WithMockUser(username = "reviewer", roles = "REVIEWER")
class JointEventControllerTest {
    private static final long PARTNER_ID = 20;
    private static final long EVENT_ID = 8;
    private static final JointEventView EVENT = new JointEventView(EVENT_ID, PARTNER_ID, "Семинар для заказчиков в Казани",
            LocalDate.of(2027, 1, 20), "Казань", EventFormat.OFFLINE, 40, "Нужен докладчик от вендора", JointEventState.IN_REVIEW,
            null, null, null, UiTestSupport.NOW, UiTestSupport.NOW, List.of());

    @Autowired
    MockMvc mvc;

    @MockitoBean JointEventWorkflow workflow;
    @MockitoBean TaskInbox inbox;
    @MockitoBean SubjectComments comments;
    @MockitoBean AppUserRepository users;

    @BeforeEach
    void signedIn() {
        given(users.findByUsername("reviewer")).willReturn(Optional.of(UiTestSupport.reviewer()));
        given(users.findByUsername("partner")).willReturn(Optional.of(UiTestSupport.partner(PARTNER_ID)));
        given(comments.list(any(), any(), any(Long.class), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
        given(workflow.get(any(), eq(EVENT_ID))).willReturn(EVENT);
        given(workflow.earliestDate()).willReturn(LocalDate.of(2026, 12, 20));
    }

    @Test
    void theEventsPageShowsTheRequest_andOffersTheOpenReviewInPlace() throws Exception {
        given(inbox.openTaskOn(any(), eq(SubjectType.JOINT_EVENT), eq(EVENT_ID))).willReturn(Optional.of(reviewTask()));

        mvc.perform(get("/events/{id}", EVENT_ID))
                .andExpect(status().isOk())
                .andExpect(view().name(JointEventController.VIEW_DETAILS))
                .andExpect(content().string(containsString("Семинар для заказчиков в Казани")))
                .andExpect(content().string(containsString("Нужен докладчик от вендора")))
                .andExpect(content().string(containsString("action=\"/events/8/task\"")))
                .andExpect(content().string(containsString("Рассмотреть совместное мероприятие")))
                .andExpect(content().string(containsString("Предложить другую дату")))
                .andExpect(content().string(containsString("name=\"staffNames\"")));
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
        mvc.perform(post("/events").with(csrf()).param("title", "Семинар").param("date", "после праздников").param("city", "Казань")
                        .param("format", "OFFLINE").param("expectedAudience", "много").param("vendorRequest", "Докладчик"))
                .andExpect(status().isOk())
                .andExpect(view().name(JointEventController.VIEW_FORM))
                .andExpect(content().string(containsString("id=\"date-error\">Укажите дату в формате ГГГГ-ММ-ДД</div>")))
                .andExpect(content().string(containsString("id=\"expectedAudience-error\">Введите целое число.</div>")))
                .andExpect(content().string(containsString("value=\"Казань\"")));
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

        mvc.perform(post("/events/{id}/task", EVENT_ID).with(csrf()).param("decision", "REJECT"))
                .andExpect(status().isOk())
                .andExpect(view().name(JointEventController.VIEW_DETAILS))
                .andExpect(content().string(containsString("id=\"comment-error\">Для этого решения нужен комментарий.</div>")))
                .andExpect(content().string(containsString("value=\"REJECT\" id=\"decision-REJECT\" checked=\"checked\"")));
    }

    private static TaskView reviewTask() {
        TaskSpec spec = TaskSpec.of("user_review_event").decisions(Decision.APPROVE, Decision.REJECT, Decision.PROPOSE_DATE)
                .commentFor(Decision.REJECT).fields(FieldSpec.text("staffNames", 500), FieldSpec.date("proposedDate"));
        return TaskFixtures.openTask(spec, "Review the event", "joint-event", SubjectType.JOINT_EVENT, EVENT_ID, "marketing");
    }
}
