package dev.partnerprogram.web.inbox;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectComments;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class InboxControllerTest extends PageSliceTest {
    private static final String TASK_ID = "6454261a-e9fd-11f1-9b72-02fc00000001";
    private static final TaskSpec REVIEW = TaskSpec.of("user_review_application")
            .decisions(Decision.APPROVE, Decision.REJECT, Decision.REWORK).commentFor(Decision.REJECT, Decision.REWORK);

    @Autowired TaskInbox inbox;
    @Autowired ApplicationWorkflow applications;
    @Autowired SubjectComments comments;

    @BeforeEach
    void signedInReviewer() {
        signedIn(UiTestSupport.reviewer());
        given(comments.list(any(), any(), anyLong(), any())).willReturn(Page.empty());
    }

    @Test
    void list_marksOverdueTasks() throws Exception {
        var overdue = task(TASK_ID, 2, UiTestSupport.NOW.minusSeconds(3_600), true, null);
        var onTime = task("7454261a-e9fd-11f1-9b72-02fc00000001", 3, UiTestSupport.NOW.plusSeconds(86_400), false, "reviewer");
        given(inbox.list(any(), any(), any())).willReturn(new PageImpl<>(List.of(overdue, onTime), PageRequest.of(0, 20), 2));

        String html = mvc.perform(get("/inbox"))
                .andExpect(status().isOk())
                .andExpect(view().name(InboxController.VIEW_LIST))
                .andReturn().getResponse().getContentAsString();

        String overdueRow = row(html, 2);
        String onTimeRow = row(html, 3);
        assertThat(overdueRow)
                .contains("table-danger overdue", "Просрочена", "Рассмотреть заявку", "Заявка № 2", "Взять в работу");
        assertThat(onTimeRow)
                .doesNotContain("table-danger", "Просрочена")
                .contains("Вернуть в очередь");
    }

    @Test
    void list_isPagedByTwenty() throws Exception {
        given(inbox.list(any(), any(), eq(PageRequest.of(1, 20)))).willReturn(
                new PageImpl<>(List.of(task(TASK_ID, 2, null, false, null)), PageRequest.of(1, 20), 45));

        shows(mvc.perform(get("/inbox").param("page", "1")), "Показаны 21–21 из 45", "href=\"/inbox?page=0\"",
                "href=\"/inbox?page=2\"");
    }

    @Test
    void rejectWithoutComment_showsTheCommentErrorAndKeepsTheDecision() throws Exception {
        given(inbox.get(any(), eq(TASK_ID))).willReturn(task(TASK_ID, 2, null, false, null));
        given(applications.get(any(), anyLong())).willReturn(UiTestSupport.application(2, 20, ApplicationState.IN_REVIEW));
        willThrow(new InvalidInputException("comment", "error.commentRequired"))
                .given(inbox).complete(any(), eq(TASK_ID), any());

        shows(mvc.perform(post("/inbox/{id}", TASK_ID).with(csrf()).param("decision", "REJECT").param("comment", "")),
                "id=\"comment-error\">Для этого решения нужен комментарий.</div>",
                "type=\"radio\" name=\"decision\" value=\"REJECT\" id=\"decision-REJECT\" checked=\"checked\"", "Отклонить")
                .andExpect(view().name(InboxController.VIEW_TASK))
                .andExpect(model().attribute(TaskPages.ERRORS, Map.of("comment", "Для этого решения нужен комментарий.")));
    }

    @Test
    void approve_completesThroughTheInboxWithTheFormAsSent() throws Exception {
        given(inbox.get(any(), eq(TASK_ID))).willReturn(task(TASK_ID, 2, null, false, null));

        var flashed = mvc.perform(post("/inbox/{id}", TASK_ID).with(csrf())
                        .param("decision", "APPROVE").param("comment", "ok").param("activities", "RESALE", "CLOUD"))
                .andExpect(redirectedUrl("/inbox"))
                .andReturn().getFlashMap();

        Flash flash = (Flash) flashed.get(Flash.ATTRIBUTE);
        assertThat(flash.level()).isEqualTo("success");
        assertThat(flash.messages()).extracting(Message::code).containsExactly("task.completed");

        // The spec, not the page, decides which fields count; boxes checked together arrive as one list.
        verify(inbox).complete(any(), eq(TASK_ID), eq(new TaskCompletion("APPROVE", "ok", Map.of("activities", "RESALE,CLOUD"))));
    }

    @Test
    void typedFields_renderAsDateAmountAndNumberInputs() throws Exception {
        TaskSpec typed = TaskSpec.of("user_revise_compensation").fields(FieldSpec.date("plannedStart"),
                FieldSpec.money("plannedBudget"), FieldSpec.number("expectedAudience", 0, 1000));
        given(inbox.get(any(), eq(TASK_ID))).willReturn(task(TASK_ID, 2, typed, Map.of("plannedBudget", "1500.00")));
        given(applications.get(any(), anyLong())).willReturn(UiTestSupport.application(2, 20, ApplicationState.IN_REVIEW));

        shows(mvc.perform(get("/inbox/{id}", TASK_ID)), "id=\"plannedStart\" name=\"plannedStart\" value=\"\" type=\"date\"",
                "id=\"plannedBudget\" name=\"plannedBudget\" value=\"1500.00\" type=\"text\" inputmode=\"decimal\"",
                "min=\"0\" max=\"1000\" type=\"number\"", "Плановый бюджет, ₽");
    }

    @Test
    void alreadyCompleted_goesBackToTheInboxWithAnAlert() throws Exception {
        given(inbox.get(any(), eq(TASK_ID))).willThrow(new ConflictException("conflict.taskCompleted"));

        mvc.perform(post("/inbox/{id}", TASK_ID).with(csrf()).param("decision", "APPROVE"))
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("conflict.taskCompleted")))));
    }

    @Test
    void blankComment_goesBackToTheTaskWithTheErrorAndNothingAdded() throws Exception {
        given(inbox.get(any(), eq(TASK_ID))).willReturn(task(TASK_ID, 2, null, false, null));
        given(comments.add(any(), eq("application"), eq(2L), eq("PARTNER"), eq(" ")))
                .willThrow(new InvalidInputException("body", "error.required"));

        var flashed = mvc.perform(post("/inbox/{id}/comments", TASK_ID).with(csrf()).param("body", " ").param("visibility", "PARTNER"))
                .andExpect(redirectedUrl("/inbox/" + TASK_ID + "#comments"))
                .andExpect(flash().attributeExists(CommentsCard.FORM))
                .andReturn().getFlashMap();
        given(applications.get(any(), anyLong())).willReturn(UiTestSupport.application(2, 20, ApplicationState.IN_REVIEW));

        shows(mvc.perform(get("/inbox/{id}", TASK_ID).flashAttrs(flashed)), "id=\"comment-body-error\">Заполните поле.</div>",
                "<option value=\"PARTNER\" selected=\"selected\">")
                .andExpect(model().attributeHasFieldErrors(CommentsCard.FORM, "body"))
                .andExpect(content().string(containsString("action=\"/inbox/" + TASK_ID + "/comments\"")));
    }

    @Test
    void commentWithoutCsrf_isForbidden() throws Exception {
        mvc.perform(post("/inbox/{id}/comments", TASK_ID).param("body", "Без токена"))
                .andExpect(status().isForbidden());

        verify(comments, never()).add(any(), any(), anyLong(), any(), any());
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void partnersSeeNoClaimButtons() throws Exception {
        signedIn(UiTestSupport.partner(20));
        given(inbox.list(any(), any(), any())).willReturn(new PageImpl<>(List.of(task(TASK_ID, 2, null, false, null)), PageRequest.of(0, 20), 1));

        mvc.perform(get("/inbox"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Взять в работу"))));
    }

    private static TaskView task(String id, long applicationId, Instant due, boolean overdue, String assignee) {
        return new TaskView(id, "Рассмотреть заявку", REVIEW.taskKey(), "partner-application",
                Long.toString(applicationId), new TaskView.Subject("application", applicationId),
                UiTestSupport.NOW.minusSeconds(7_200), due, overdue, assignee, List.of(ReviewerGroups.PARTNER_MANAGERS),
                REVIEW.form(), REVIEW.commentRequiredFor(), Map.of(), null);
    }

    private static TaskView task(String id, long applicationId, TaskSpec spec, Map<String, String> values) {
        return new TaskView(id, "Доработать", spec.taskKey(), "partner-application", Long.toString(applicationId),
                new TaskView.Subject("application", applicationId), UiTestSupport.NOW, null, false, null,
                List.of(ReviewerGroups.PARTNER_MANAGERS), spec.form(), spec.commentRequiredFor(), values, null);
    }

    /** The table row of the task on the given application. */
    private static String row(String html, long applicationId) {
        var matcher = Pattern.compile("<tr[^>]*data-subject=\"" + applicationId + "\"[^>]*>.*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("row of application %d", applicationId).isTrue();
        return matcher.group();
    }
}
