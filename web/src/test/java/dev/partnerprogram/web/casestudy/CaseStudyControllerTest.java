package dev.partnerprogram.web.casestudy;

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

import dev.partnerprogram.casestudy.CaseStudyState;
import dev.partnerprogram.casestudy.NewCaseStudy;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.casestudy.CaseStudyView;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "partner", roles = "PARTNER")
class CaseStudyControllerTest extends SubjectPageSlice {
    private static final long CASE_STUDY_ID = 4;
    private static final long PROJECT_ID = 12;

    @Autowired CaseStudyWorkflow workflow;

    @Test
    void aRejectedCaseStudysPageShowsTheStoryAndMarketingsComment_withTheStateInRussian() throws Exception {
        given(workflow.get(any(), eq(CASE_STUDY_ID))).willReturn(caseStudy(CaseStudyState.REJECTED, "Уберите имя заказчика"));

        shows(mvc.perform(get("/case-studies/{id}", CASE_STUDY_ID)), "Электронный архив за три месяца",
                "Кейс № 4 · АО «Бета Интеграция» · Внедрение архива · АО «Заказчик»", "Отклонён",
                "Перевели 2 млн документов в электронный архив", "Уберите имя заказчика")
                .andExpect(view().name(CaseStudyController.VIEW_DETAILS));
    }

    @Test
    @WithAnonymousUser
    void aPartnersDirectoryPageShowsItsPublishedCaseStudies_toAnyVisitor() throws Exception {
        given(workflow.directoryPage(PARTNER_ID)).willReturn(new CaseStudyView.DirectoryPage(PARTNER_ID, "АО «Бета Интеграция»",
                "Санкт-Петербург", PartnerStatus.CERTIFIED, List.of(), "beta.example", "Борис Бетов", "beta@beta.example",
                "+7 812 000-00-00", List.of(caseStudy(CaseStudyState.APPROVED, null))));

        shows(mvc.perform(get("/directory/{partnerId}", PARTNER_ID)), "Сертифицированный партнёр", "href=\"https://beta.example\"",
                "id=\"published-4\"", "Электронный архив за три месяца", "Перевели 2 млн документов в электронный архив")
                .andExpect(view().name("casestudies/directory-page"));
    }

    @Test
    void aCaseStudyWhoseProjectIsNoNumber_staysOnTheFormWithTheErrorByTheField() throws Exception {
        shows(mvc.perform(post("/case-studies").with(csrf()).param("projectId", "архив").param("title", "Электронный архив за три месяца")
                        .param("summary", "Рассказ").param("customerConsent", "true")),
                "id=\"projectId-error\">Введите целое число.</div>", "value=\"Электронный архив за три месяца\"")
                .andExpect(view().name("casestudies/form"));
        verify(workflow, never()).submit(any(), any());
    }

    @Test
    void aCaseStudyIsSentWithItsFieldsRead_andOpensItsPage() throws Exception {
        given(workflow.submit(any(), eq(new NewCaseStudy(PROJECT_ID, "Электронный архив за три месяца",
                "Перевели 2 млн документов в электронный архив", true)))).willReturn(caseStudy(CaseStudyState.IN_REVIEW, null));

        mvc.perform(post("/case-studies").with(csrf()).param("projectId", "12").param("title", "Электронный архив за три месяца")
                        .param("summary", "Перевели 2 млн документов в электронный архив").param("customerConsent", "true"))
                .andExpect(redirectedUrl("/case-studies/4"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("caseStudy.notice.submitted")))));
    }

    private static CaseStudyView caseStudy(CaseStudyState state, String decisionComment) {
        return new CaseStudyView(CASE_STUDY_ID, PARTNER_ID, "АО «Бета Интеграция»", PROJECT_ID, "Внедрение архива", "АО «Заказчик»",
                "Электронный архив за три месяца", "Перевели 2 млн документов в электронный архив", state, decisionComment,
                decisionComment == null ? null : UiTestSupport.NOW, UiTestSupport.NOW);
    }
}
