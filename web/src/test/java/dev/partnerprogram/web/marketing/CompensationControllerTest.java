package dev.partnerprogram.web.marketing;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.compensation.ActivityKind;
import dev.partnerprogram.compensation.ClaimLine;
import dev.partnerprogram.compensation.CompensationRequest;
import dev.partnerprogram.compensation.CompensationState;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.TaskFixtures;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.compensation.CompensationView;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class CompensationControllerTest extends SubjectPageSlice {
    private static final long COMPENSATION_ID = 5;
    private static final String TITLE = "Конференция «Цифровой документооборот»";
    private static final List<CompensationView.Line> LINES = List.of(
            new CompensationView.Line(41, 1, "Аренда зала", new BigDecimal("60000.00"), null, null, null),
            new CompensationView.Line(42, 2, "Печать буклетов", new BigDecimal("35000.00"), null, null, null));

    @Autowired CompensationWorkflow workflow;

    @BeforeEach
    void theSubject() {
        given(workflow.get(any(), eq(COMPENSATION_ID))).willReturn(claimUnderReview());
        given(workflow.openRegions()).willReturn(List.of("Москва", "Казань"));
    }

    @Test
    void theClaimVerificationShowsEveryClaimLine_withOneDecisionPerLine() throws Exception {
        given(inbox.openTaskOn(any(), eq(SubjectType.COMPENSATION), eq(COMPENSATION_ID))).willReturn(Optional.of(verifyTask()));

        String html = mvc.perform(get("/compensations/{id}", COMPENSATION_ID))
                .andExpect(status().isOk())
                .andExpect(view().name(CompensationController.VIEW_DETAILS))
                .andExpect(content().string(containsString(TITLE)))
                .andExpect(content().string(containsString("Проверить отчёт построчно")))
                .andExpect(content().string(containsString("action=\"/compensations/5/task\"")))
                .andExpect(content().string(containsString("id=\"verify-lines\"")))
                .andExpect(content().string(containsString("Печать буклетов")))
                .andReturn().getResponse().getContentAsString();

        assertThat(Pattern.compile("<select[^>]*name=\"line-\\d+-decision\"").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains("name=\"line-41-decision\"", "name=\"line-42-decision\"", "name=\"line-42-amount\"");
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void anotherCompanysCompensation_isRefused_andNoTaskIsLookedFor() throws Exception {
        given(workflow.get(any(), eq(99L))).willThrow(new ForbiddenException("forbidden.compensation.notYours"));

        // The marketing pages leave the error page to the container (MarketingPagesAdvice): a status, no view of their own.
        mvc.perform(get("/compensations/{id}", 99)).andExpect(status().isForbidden());
        verify(inbox, never()).openTaskOn(any(), any(), any(Long.class));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPlanWhoseDateAndBudgetDoNotParse_staysOnTheFormWithTheErrorsByTheFields() throws Exception {
        shows(mvc.perform(post("/compensations").with(csrf()).param("title", TITLE).param("kind", "EVENT").param("region", "Москва")
                        .param("plannedStart", "в октябре").param("plannedEnd", "2026-10-02").param("plannedBudget", "много")),
                "id=\"plannedStart-error\">Укажите дату в формате ГГГГ-ММ-ДД</div>",
                "id=\"plannedBudget-error\">Укажите сумму, например 1500.00.</div>")
                .andExpect(view().name("compensations/form"))
                .andExpect(content().string(containsString("value=\"" + TITLE + "\"")));
        verify(workflow, never()).submit(any(), any());
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPlanIsSubmittedWithItsAmountsRead_andOpensItsPage() throws Exception {
        var expected = new CompensationRequest(TITLE, ActivityKind.EVENT, "Москва", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                new BigDecimal("200000.50"), null, 150, null, null);
        given(workflow.submit(any(), eq(expected))).willReturn(claimUnderReview());

        mvc.perform(post("/compensations").with(csrf()).param("title", TITLE).param("kind", "EVENT").param("region", "Москва")
                        .param("plannedStart", "2026-10-01").param("plannedEnd", "2026-10-02").param("plannedBudget", "200 000,50")
                        .param("expectedAudience", "150"))
                .andExpect(redirectedUrl("/compensations/5"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("mdf.notice.submitted")))));
    }

    @Test
    void theLineDecisionsCompleteTheTaskThroughTheInbox_once() throws Exception {
        // The second post finds the task done (a double click, or a colleague was quicker): a message, not a second completion.
        given(inbox.openTaskOn(any(), eq(SubjectType.COMPENSATION), eq(COMPENSATION_ID)))
                .willReturn(Optional.of(verifyTask()), Optional.empty());

        TaskFixtures.assertSecondPostFindsTheTaskDone(mvc,
                () -> post("/compensations/{id}/task", COMPENSATION_ID).with(csrf()).param("decision", "APPROVE")
                        .param("line-41-decision", "ACCEPT").param("line-42-decision", "REDUCE").param("line-42-amount", "30000")
                        .param("line-42-reason", "Тираж меньше"),
                "/compensations/5", "Проверить отчёт построчно");

        verify(inbox, times(1)).complete(any(), eq("t-1"), eq(new TaskCompletion("APPROVE", null, Map.of("line-41-decision", "ACCEPT",
                "line-42-decision", "REDUCE", "line-42-amount", "30000", "line-42-reason", "Тираж меньше"))));
    }

    @Test
    void aReducedLineWithoutItsAmount_isShownAgain_withTheErrorByThatLine_andTheChoicesKept() throws Exception {
        given(inbox.openTaskOn(any(), eq(SubjectType.COMPENSATION), eq(COMPENSATION_ID))).willReturn(Optional.of(verifyTask()));
        willThrow(new InvalidInputException("line-42-amount", "error.required")).given(inbox).complete(any(), eq("t-1"), any());

        shows(mvc.perform(post("/compensations/{id}/task", COMPENSATION_ID).with(csrf()).param("decision", "APPROVE")
                        .param("line-41-decision", "ACCEPT").param("line-42-decision", "REDUCE")),
                "id=\"line-42-amount-error\">Заполните поле.</div>", "value=\"REDUCE\" selected=\"selected\"")
                .andExpect(view().name(CompensationController.VIEW_DETAILS))
                .andExpect(content().string(not(containsString("id=\"line-41-amount-error\""))));
    }

    private static TaskView verifyTask() {
        TaskSpec spec = TaskSpec.of("user_verify_claim").decisions(Decision.APPROVE, Decision.REWORK).commentFor(Decision.REWORK)
                .fields(FieldSpec.claimLines("claimLines", ClaimLine.Decision.class, "compensation.line"));
        return TaskFixtures.openTask(spec, "Verify the claim", "marketing-compensation", SubjectType.COMPENSATION, COMPENSATION_ID, "marketing");
    }

    private static CompensationView claimUnderReview() {
        var amounts = new CompensationView.Amounts(new BigDecimal("120000.00"), new BigDecimal("120000.00"), new BigDecimal("95000.00"),
                null, null, null);
        return new CompensationView(COMPENSATION_ID, PARTNER_ID, 3, TITLE, ActivityKind.EVENT, "Москва", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 2), new BigDecimal("200000.00"), 150, 30, "Доклад и стенд", CompensationState.CLAIM_REVIEW, amounts,
                false, "reviewer", null, null, LocalDate.of(2026, 12, 31), 41L, UiTestSupport.NOW, "Провели конференцию", 140, 25, null, null,
                UiTestSupport.NOW, UiTestSupport.NOW, LINES, List.of(), List.of());
    }
}
