package dev.partnerprogram.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.inbox.SavedFilters;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectComments;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class WorkbenchControllerTest extends PageSliceTest {
    private static final String EVENT_TASK = "6454261a-e9fd-11f1-9b72-02fc00000001";
    private static final String NEXT_TASK = "7454261a-e9fd-11f1-9b72-02fc00000002";
    /** A joint event's review: a task that the inbox would send to the event's own page. */
    private static final TaskSpec REVIEW_EVENT = TaskSpec.of("user_review_event")
            .decisions(Decision.APPROVE, Decision.REJECT, Decision.PROPOSE_DATE).commentFor(Decision.REJECT)
            .fields(FieldSpec.text("staffNames", 500), FieldSpec.date("proposedDate"));

    @Autowired TaskInbox inbox;
    @Autowired SavedFilters savedFilters;
    @Autowired ProgramDashboard program;
    @Autowired SubjectComments comments;

    @BeforeEach
    void signedInReviewer() {
        signedIn(UiTestSupport.reviewer());
        given(comments.list(any(), any(), anyLong(), any())).willReturn(Page.empty());
        given(inbox.taskKinds()).willReturn(Map.of());
        given(program.regions()).willReturn(List.of());
        given(savedFilters.list(any())).willReturn(List.of());
    }

    @Test
    void list_isOrderedByDueDate_withACountBesideEveryView() throws Exception {
        given(inbox.list(any(), any(), any())).willReturn(page(event(EVENT_TASK, 31, true, null)));
        given(inbox.count(any(), any())).willReturn(7L);
        given(inbox.count(any(), eq(filter("due", "OVERDUE")))).willReturn(2L);
        given(savedFilters.list(any())).willReturn(List.of(
                new SavedFilters.View(5, "Москва срочно", filter("region", "Москва"), 4)));

        String html = mvc.perform(get("/workbench"))
                .andExpect(status().isOk())
                .andExpect(view().name(WorkbenchController.VIEW))
                .andReturn().getResponse().getContentAsString();

        ArgumentCaptor<InboxFilter> listed = ArgumentCaptor.forClass(InboxFilter.class);
        verify(inbox).list(any(), listed.capture(), eq(PageRequest.of(0, 20)));
        assertThat(listed.getValue().sort()).isEqualTo(InboxFilter.Sort.DUE);
        assertThat(html)
                .containsPattern("id=\"view-overdue\"[^>]*>\\s*<span>Просроченные</span> <span class=\"badge[^\"]*\">2</span>")
                .containsPattern("id=\"view-all\"[^>]*>\\s*<span>Все</span> <span class=\"badge[^\"]*\">7</span>")
                .containsPattern("id=\"view-saved-5\"[^>]*href=\"/workbench\\?region=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0\"")
                .contains("Москва срочно", ">4</span>", "id=\"workbench-shortcuts\"", "<kbd>j</kbd>",
                        "href=\"/workbench?open=" + EVENT_TASK + "\"", "id=\"workbench-choose\"", "data-picker=\"partners\"")
                // One line per task; no inline script or style for the content security policy.
                .doesNotContain("style=", "<script>");
    }

    @Test
    void open_showsAnyKindOfTaskBesideTheList_withItsFormTrailAndNextTask() throws Exception {
        var open = event(EVENT_TASK, 31, false, null);
        given(inbox.list(any(), any(), any())).willReturn(page(open, event(NEXT_TASK, 32, false, null)));
        given(inbox.get(any(), eq(EVENT_TASK))).willReturn(open);
        given(inbox.trail(any(), eq(EVENT_TASK))).willReturn(List.of(
                new TaskInbox.Step("user_answer_proposed_date", "Ответить", "alpha@alpha.example", UiTestSupport.NOW)));

        String html = mvc.perform(get("/workbench").param("due", "WEEK").param("open", EVENT_TASK))
                .andExpect(status().isOk())
                .andExpect(model().attribute("nextId", NEXT_TASK))
                .andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains("id=\"workbench-tasks\"", "action=\"/workbench/" + EVENT_TASK + "\"", "id=\"task-form\"",
                        "name=\"decision\" value=\"PROPOSE_DATE\"", "name=\"_back\" value=\"due=WEEK\"",
                        "name=\"_next\" value=\"" + NEXT_TASK + "\"", "id=\"workbench-steps\"", "alpha@alpha.example",
                        "id=\"claim-form\"", "id=\"comments\"", "href=\"/events/31\"",
                        "href=\"/workbench?due=WEEK&amp;open=" + NEXT_TASK + "\"")
                .containsPattern("<tr class=\"workbench-row table-active open\"[^>]*data-task-id=\"" + EVENT_TASK + "\"");
    }

    @Test
    void complete_opensTheNextTaskOfTheSameList() throws Exception {
        given(inbox.get(any(), eq(EVENT_TASK))).willReturn(event(EVENT_TASK, 31, false, "reviewer"));
        given(inbox.list(any(), any(), any())).willReturn(page(event(NEXT_TASK, 32, false, null)));

        mvc.perform(post("/workbench/{id}", EVENT_TASK).with(csrf()).param("decision", "APPROVE")
                        .param("staffNames", "Иванов").param("_back", "due=OVERDUE&page=1").param("_next", NEXT_TASK))
                .andExpect(redirectedUrl("/workbench?due=OVERDUE&page=1&open=" + NEXT_TASK))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success",
                        List.of(Message.of("task.completed", "Рассмотреть совместное мероприятие")))));

        ArgumentCaptor<TaskCompletion> sent = ArgumentCaptor.forClass(TaskCompletion.class);
        verify(inbox).complete(any(), eq(EVENT_TASK), sent.capture());
        assertThat(sent.getValue().decision()).isEqualTo("APPROVE");
        assertThat(sent.getValue().fields()).containsEntry("staffNames", "Иванов").doesNotContainKeys("_back", "_next", "_csrf");
        ArgumentCaptor<InboxFilter> listed = ArgumentCaptor.forClass(InboxFilter.class);
        verify(inbox).list(any(), listed.capture(), eq(PageRequest.of(1, 20)));
        assertThat(listed.getValue().due()).isEqualTo(InboxFilter.Due.OVERDUE);
    }

    @Test
    void complete_withWrongInput_showsTheErrorsOnTheWorkbench() throws Exception {
        given(inbox.get(any(), eq(EVENT_TASK))).willReturn(event(EVENT_TASK, 31, false, "reviewer"));
        given(inbox.list(any(), any(), any())).willReturn(page(event(EVENT_TASK, 31, false, "reviewer")));
        willThrow(new InvalidInputException("comment", "error.commentRequired")).given(inbox).complete(any(), eq(EVENT_TASK), any());

        String html = mvc.perform(post("/workbench/{id}", EVENT_TASK).with(csrf()).param("decision", "REJECT")
                        .param("_back", "assigned=ME"))
                .andExpect(status().isOk())
                .andExpect(view().name(WorkbenchController.VIEW))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"comment-error\">Для этого решения нужен комментарий.</div>",
                "name=\"decision\" value=\"REJECT\" id=\"decision-REJECT\" checked=\"checked\"",
                "name=\"_back\" value=\"assigned=ME\"", "id=\"workbench-tasks\"");
    }

    @Test
    void complete_ofATaskFinishedMeanwhile_goesBackToTheList() throws Exception {
        given(inbox.get(any(), eq(EVENT_TASK))).willThrow(new ConflictException("conflict.taskCompleted"));

        mvc.perform(post("/workbench/{id}", EVENT_TASK).with(csrf()).param("decision", "APPROVE").param("_back", "q=Альфа"))
                .andExpect(redirectedUrl("/workbench?q=%D0%90%D0%BB%D1%8C%D1%84%D0%B0"));
        verify(inbox, never()).complete(any(), any(), any());
    }

    @Test
    void bulkClaim_claimsEveryChosenTask_andCountsThoseTakenMeanwhile() throws Exception {
        willThrow(new ConflictException("conflict.taskClaimed", "manager")).given(inbox).claim(any(), eq(NEXT_TASK));

        mvc.perform(post("/workbench/claim").with(csrf()).param("ids", EVENT_TASK, NEXT_TASK, EVENT_TASK)
                        .param("_back", "due=OVERDUE"))
                .andExpect(redirectedUrl("/workbench?due=OVERDUE"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("warning",
                        List.of(Message.of("workbench.bulk.claimedSkipped", 1, 1)))));
        verify(inbox).claim(any(), eq(EVENT_TASK));
    }

    @Test
    void claim_keepsTheTaskOpenBesideTheList_andNoForeignParameterReachesTheAddress() throws Exception {
        mvc.perform(post("/workbench/{id}/claim", EVENT_TASK).with(csrf()).param("_back", "due=WEEK&next=//evil.example"))
                .andExpect(redirectedUrl("/workbench?due=WEEK&open=" + EVENT_TASK));
        verify(inbox).claim(any(), eq(EVENT_TASK));
    }

    @Test
    void saveFilter_keepsTheListsFilterUnderItsName() throws Exception {
        given(savedFilters.save(any(), eq("Срочные"), any()))
                .willReturn(new SavedFilters.View(9, "Срочные", filter("due", "OVERDUE"), 3));

        mvc.perform(post("/workbench/filters").with(csrf()).param("name", "Срочные").param("_back", "due=OVERDUE&page=2"))
                .andExpect(redirectedUrl("/workbench?due=OVERDUE"));

        ArgumentCaptor<InboxFilter> saved = ArgumentCaptor.forClass(InboxFilter.class);
        verify(savedFilters).save(any(), eq("Срочные"), saved.capture());
        assertThat(saved.getValue()).isEqualTo(filter("due", "OVERDUE"));
    }

    @Test
    @WithMockUser(username = "alpha@alpha.example", roles = "PARTNER")
    void partners_haveNoWorkbench() throws Exception {
        mvc.perform(get("/workbench")).andExpect(status().isForbidden());
    }

    private static InboxFilter filter(String name, String value) {
        return WorkbenchController.filterOf(Map.of(name, value));
    }

    private static Page<TaskView> page(TaskView... tasks) {
        Pageable pageable = PageRequest.of(0, 20);
        return new PageImpl<>(List.of(tasks), pageable, tasks.length);
    }

    private static TaskView event(String id, long eventId, boolean overdue, String assignee) {
        return new TaskView(id, "Рассмотреть мероприятие", REVIEW_EVENT.taskKey(), "joint-event", Long.toString(eventId),
                new TaskView.Subject("joint-event", eventId), UiTestSupport.NOW.minusSeconds(7_200),
                UiTestSupport.NOW.plusSeconds(overdue ? -3_600 : 86_400), overdue, assignee, List.of("marketing"),
                REVIEW_EVENT.form(), REVIEW_EVENT.commentRequiredFor(), Map.of(), null);
    }
}
