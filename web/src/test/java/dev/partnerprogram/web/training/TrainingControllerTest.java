package dev.partnerprogram.web.training;

import static dev.partnerprogram.support.UiTestSupport.shows;
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
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.TaskFixtures;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.EnrollmentState;
import dev.partnerprogram.training.PricingRule;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import dev.partnerprogram.workflow.training.CourseView;
import dev.partnerprogram.workflow.training.EnrollmentView;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "partner", roles = "PARTNER")
class TrainingControllerTest extends SubjectPageSlice {
    private static final long ENROLLMENT_ID = 12;
    /** A University course: its enrolment form also offers paying from the University fund. */
    private static final String COURSE = "DRX-UNIVERSITY";
    private static final String TITLE = "Directum University: администрирование RX";
    /** Ten days after the fixed clock's today (2026-11-20): the enrolment may still be cancelled. */
    private static final LocalDate SESSION_START = LocalDate.of(2026, 11, 30);
    private static final CourseView.SessionView SESSION = new CourseView.SessionView(31, COURSE, SESSION_START,
            SESSION_START.plusDays(2), 12, 4, 8, "Тимур Тренеров", null, "Екатеринбург");

    @Autowired TrainingWorkflow training;

    @BeforeEach
    void theSubject() {
        given(training.get(any(), eq(ENROLLMENT_ID))).willReturn(enrollment());
        given(training.course(any(), eq(COURSE))).willReturn(new CourseView(1, COURSE, TITLE, CourseKind.UNIVERSITY, null,
                new BigDecimal("50000.00"), 3, true, SESSION, null));
        given(training.upcomingSessions(eq(COURSE), any())).willReturn(new PageImpl<>(List.of(SESSION), PageRequest.of(0, 50), 1));
    }

    @Test
    void thePartnerSeesItsEnrolment_andMayCancelItWhileTheSessionIsAheadByTheProgramsClock() throws Exception {
        shows(mvc.perform(get("/training/enrollments/{id}", ENROLLMENT_ID)), "Ольга Обучаемая",
                "action=\"/training/enrollments/12/cancel\"")
                .andExpect(view().name(TrainingController.VIEW_ENROLLMENT))
                .andExpect(content().string(containsString(TITLE)));
    }

    @Test
    void anotherCompanysEnrolment_isNotFound_andNoTaskIsLookedFor() throws Exception {
        given(training.get(any(), eq(99L))).willThrow(new NotFoundException("notFound.enrollment"));

        mvc.perform(get("/training/enrollments/{id}", 99)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        verify(inbox, never()).openTaskOn(any(), any(), any(Long.class));
    }

    @Test
    void anEnrolmentWhoseSessionAndAmountDoNotParse_staysOnTheCourseWithTheErrorsByTheFields() throws Exception {
        shows(mvc.perform(post("/training/courses/{code}/enroll", COURSE).with(csrf()).param("sessionId", "первая")
                        .param("employeeName", "Ольга Обучаемая").param("employeeEmail", "olga@alfa-soft.example")
                        .param("payFromUniversityFund", "on").param("fundAmount", "половину")),
                "id=\"sessionId-error\">Введите целое число.</div>",
                "id=\"fundAmount-error\">Укажите сумму, например 1500.00.</div>", "value=\"Ольга Обучаемая\"")
                .andExpect(view().name(TrainingController.VIEW_COURSE));
        verify(training, never()).enroll(any(), any());
    }

    @Test
    void anEnrolmentIsMadeWithItsFieldsRead_andOpensItsPage() throws Exception {
        given(training.enroll(any(), eq(new TrainingWorkflow.EnrollmentRequest(COURSE, 31L, "Ольга Обучаемая", "olga@alfa-soft.example",
                true, new BigDecimal("10000"))))).willReturn(enrollment());

        mvc.perform(post("/training/courses/{code}/enroll", COURSE).with(csrf()).param("sessionId", "31")
                        .param("employeeName", "Ольга Обучаемая").param("employeeEmail", "olga@alfa-soft.example")
                        .param("payFromUniversityFund", "on").param("fundAmount", "10 000"))
                .andExpect(redirectedUrl("/training/enrollments/12"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("training.enrolled", "12")))));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void theOpenConfirmationIsOfferedOnTheEnrolment_andAnApprovalCompletesItOnce() throws Exception {
        // The second post finds the task done (a double click, or a colleague was quicker): a message, not a second completion.
        given(inbox.openTaskOn(any(), eq(SubjectType.ENROLLMENT), eq(ENROLLMENT_ID)))
                .willReturn(Optional.of(confirmTask()), Optional.of(confirmTask()), Optional.empty());

        shows(mvc.perform(get("/training/enrollments/{id}", ENROLLMENT_ID)), "action=\"/training/enrollments/12/task\"",
                "Подтвердить запись на курс", "id=\"decision-APPROVE\"");
        TaskFixtures.assertSecondPostFindsTheTaskDone(mvc,
                () -> post("/training/enrollments/{id}/task", ENROLLMENT_ID).with(csrf()).param("decision", "APPROVE"),
                "/training/enrollments/12", "Подтвердить запись на курс");

        verify(inbox, times(1)).complete(any(), eq("t-1"), eq(new TaskCompletion("APPROVE", null, Map.of())));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void aRejectionWithoutAReason_isShownAgainWithTheErrorByTheComment_andTheChoiceKept() throws Exception {
        given(inbox.openTaskOn(any(), eq(SubjectType.ENROLLMENT), eq(ENROLLMENT_ID))).willReturn(Optional.of(confirmTask()));
        willThrow(new InvalidInputException("comment", "error.commentRequired")).given(inbox).complete(any(), eq("t-1"), any());

        shows(mvc.perform(post("/training/enrollments/{id}/task", ENROLLMENT_ID).with(csrf()).param("decision", "REJECT")),
                "id=\"comment-error\">Для этого решения нужен комментарий.</div>",
                "value=\"REJECT\" id=\"decision-REJECT\" checked=\"checked\"")
                .andExpect(view().name(TrainingController.VIEW_ENROLLMENT));
    }

    private static TaskView confirmTask() {
        TaskSpec spec = TaskSpec.of("user_confirm_enrollment").decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT);
        return TaskFixtures.openTask(spec, "Confirm the enrolment", "training-enrollment", SubjectType.ENROLLMENT, ENROLLMENT_ID, "training");
    }

    private static EnrollmentView enrollment() {
        return new EnrollmentView(ENROLLMENT_ID, PARTNER_ID, COURSE, TITLE, CourseKind.UNIVERSITY, SESSION.id(), SESSION.startDate(),
                SESSION.endDate(), SESSION.location(), "Ольга Обучаемая", "olga@alfa-soft.example", EnrollmentState.REQUESTED,
                PricingRule.PARTNER_DISCOUNT, new BigDecimal("50000.00"), new BigDecimal("20"), new BigDecimal("40000.00"), false,
                BigDecimal.ZERO, new BigDecimal("40000.00"), null, null, null, UiTestSupport.NOW, UiTestSupport.NOW, List.of());
    }
}
