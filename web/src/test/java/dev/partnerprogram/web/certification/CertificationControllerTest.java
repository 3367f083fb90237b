package dev.partnerprogram.web.certification;

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

import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.certification.ExamState;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.TaskFixtures;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.certification.CertificationView;
import dev.partnerprogram.workflow.certification.CertificationWorkflow;
import dev.partnerprogram.workflow.certification.SpecialistView;
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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "partner", roles = "PARTNER")
class CertificationControllerTest extends SubjectPageSlice {
    private static final long EXAM_ID = 7;
    private static final PageRequest FIRST = PageRequest.of(0, 20);
    private static final CertificationView EXAM = new CertificationView(EXAM_ID, PARTNER_ID,
            new SpecialistView.Person(3, "Ирина Настройкина", "irina@alfa-soft.example"), CertificationTrack.SETUP,
            ExamState.SCHEDULED, LocalDate.of(2026, 12, 1), null, 70, null, null, null, null, UiTestSupport.NOW,
            UiTestSupport.NOW, List.of());

    @Autowired CertificationWorkflow certification;

    @BeforeEach
    void theSubject() {
        given(certification.list(any(), any())).willReturn(new PageImpl<>(List.of(EXAM), FIRST, 1));
        given(certification.get(any(), eq(EXAM_ID))).willReturn(EXAM);
    }

    @Test
    void aPartnerSeesItsExams_andTheFormToRegisterOneMore() throws Exception {
        shows(mvc.perform(get("/certifications")), "Ирина Настройкина", "href=\"/certifications/7\"", "id=\"register-form\"")
                .andExpect(view().name(CertificationController.VIEW_LIST));
    }

    @Test
    void anExamOfAnotherCompany_isNotFound_andNoTaskIsLookedFor() throws Exception {
        given(certification.get(any(), eq(99L))).willThrow(new NotFoundException("notFound.certification"));

        mvc.perform(get("/certifications/{id}", 99)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        verify(inbox, never()).openTaskOn(any(), any(), any(Long.class));
    }

    @Test
    void aTrackTheFormNeverOffers_isToldByTheField_andNobodyIsRegistered() throws Exception {
        shows(mvc.perform(post("/certifications").with(csrf()).param("employeeName", "Ирина Настройкина")
                        .param("employeeEmail", "irina@alfa-soft.example").param("track", "ASTROLOGY")),
                "id=\"track-error\">Выберите один из вариантов.</div>", "value=\"Ирина Настройкина\"")
                .andExpect(view().name(CertificationController.VIEW_LIST));
        verify(certification, never()).register(any(), any(), any(), any());
    }

    @Test
    void aRegistrationOpensTheNewExam() throws Exception {
        given(certification.register(any(), eq("Ирина Настройкина"), eq("irina@alfa-soft.example"), eq(CertificationTrack.SETUP)))
                .willReturn(EXAM);

        mvc.perform(post("/certifications").with(csrf()).param("employeeName", "Ирина Настройкина")
                        .param("employeeEmail", "irina@alfa-soft.example").param("track", "SETUP"))
                .andExpect(redirectedUrl("/certifications/7"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("certification.registered", "7")))));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void theOpenResultTaskIsOfferedOnTheExam_andAScoreCompletesItOnce() throws Exception {
        // The second post finds the task gone (a double click, or a colleague was quicker): a message, not a second completion.
        given(inbox.openTaskOn(any(), eq(SubjectType.CERTIFICATION), eq(EXAM_ID)))
                .willReturn(Optional.of(resultTask()), Optional.of(resultTask()), Optional.empty());

        shows(mvc.perform(get("/certifications/{id}", EXAM_ID)), "Ирина Настройкина", "action=\"/certifications/7/task\"",
                "Внести результат экзамена", "name=\"score\"")
                .andExpect(view().name(CertificationController.VIEW_DETAILS));
        TaskFixtures.assertSecondPostFindsTheTaskDone(mvc, () -> post("/certifications/{id}/task", EXAM_ID).with(csrf()).param("score", "85"),
                "/certifications/7", "Внести результат экзамена");

        verify(inbox, times(1)).complete(any(), eq("t-1"), eq(new TaskCompletion(null, null, Map.of("score", "85"))));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void aResultWithoutAScore_isShownAgainWithTheErrorByTheField() throws Exception {
        given(inbox.openTaskOn(any(), eq(SubjectType.CERTIFICATION), eq(EXAM_ID))).willReturn(Optional.of(resultTask()));
        willThrow(new InvalidInputException("score", "error.required")).given(inbox).complete(any(), eq("t-1"), any());

        shows(mvc.perform(post("/certifications/{id}/task", EXAM_ID).with(csrf()).param("score", "")),
                "id=\"score-error\">Заполните поле.</div>", "action=\"/certifications/7/task\"")
                .andExpect(view().name(CertificationController.VIEW_DETAILS));
    }

    private static TaskView resultTask() {
        TaskSpec spec = TaskSpec.of("user_record_exam_result").fields(FieldSpec.number("score", 0, 100).asRequired());
        return TaskFixtures.openTask(spec, "Record the exam result", "specialist-certification", SubjectType.CERTIFICATION, EXAM_ID, "training");
    }
}
