package dev.partnerprogram.web.application;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.UnsupportedFileTypeException;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.application.RequestGuide;
import dev.partnerprogram.workflow.application.RequestGuides;
import dev.partnerprogram.workflow.task.SubjectComments.CommentView;
import dev.partnerprogram.workflow.task.SubjectComments;
import dev.partnerprogram.workflow.task.TaskInbox;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WithMockUser(username = "partner", roles = "PARTNER")
class ApplicationControllerTest extends PageSliceTest {
    private static final long PARTNER_ID = 20;

    @Autowired ApplicationWorkflow applications;
    @Autowired TaskInbox inbox;
    @Autowired SubjectComments comments;
    @Autowired RequestGuides guides;

    @BeforeEach
    void signedInPartner() {
        signedIn(UiTestSupport.partner(PARTNER_ID));
        given(guides.application(any(), anyLong())).willReturn(RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.IN_REVIEW,
                new RequestGuide.Now(java.time.Instant.parse("2026-12-09T15:00:00Z"), null, null)));
    }

    @Test
    void fileOfAWrongType_isAnAlertOnTheSameFormWithTheInputKept() throws Exception {
        given(applications.submit(any(), eq(RequestedStatus.AUTHORIZED), any(), any())).willThrow(new UnsupportedFileTypeException(
                "upload.typeNotAccepted", "exe", "pdf, png, docx"));

        shows(mvc.perform(filledForm().file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", new byte[] {'M', 'Z'}))),
                "id=\"form-alert\"", "Файлы типа «exe» не принимаются. Допустимые: pdf, png, docx.",
                "value=\"ООО &laquo;Альфа Софт&raquo;\"",
                "value=\"IMPLEMENTATION\" id=\"activities2\" name=\"activities\" checked=\"checked\"")
                .andExpect(view().name(ApplicationController.VIEW_FORM));
    }

    @Test
    void badFields_areShownNextToTheFields() throws Exception {
        given(applications.submit(any(), any(), any(), any())).willThrow(new InvalidInputException(List.of(
                new InvalidInputException.FieldViolation("teamSize", "error.between", 1, 500),
                new InvalidInputException.FieldViolation("website", "error.website"))));

        shows(mvc.perform(filledForm()), "Значение от 1 до 500.", "Некорректный адрес сайта.")
                .andExpect(model().attributeHasFieldErrors("form", "teamSize", "website"));
    }

    @Test
    void submitted_goesToTheApplication() throws Exception {
        given(applications.submit(any(), any(), any(), any())).willReturn(UiTestSupport.application(5, PARTNER_ID, ApplicationState.IN_REVIEW));

        mvc.perform(filledForm().file(new MockMultipartFile("files", "plan.pdf", "application/pdf", "%PDF-1.4".getBytes())))
                .andExpect(redirectedUrl("/applications/5"));
    }

    @Test
    void wrongTypeOnTheDetailsPage_isAnAlertThere_inThePagesLanguage() throws Exception {
        given(applications.upload(any(), eq(5L), eq(DocumentKind.ATTACHMENT), eq("setup.exe"), any()))
                .willThrow(new UnsupportedFileTypeException("upload.typeNotAccepted", "exe", "pdf"));
        given(applications.get(any(), eq(5L))).willReturn(UiTestSupport.application(5, PARTNER_ID, ApplicationState.IN_REVIEW));
        given(inbox.list(any(), any())).willReturn(Page.empty(PageRequest.of(0, 100)));
        given(comments.list(any(), eq("application"), eq(5L), any())).willReturn(Page.empty());

        var flashed = mvc.perform(multipart("/applications/{id}/documents", 5)
                        .file(new MockMultipartFile("file", "setup.exe", null, new byte[] {1})).param("kind", "ATTACHMENT").with(csrf()))
                .andExpect(redirectedUrl("/applications/5#documents"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("upload.typeNotAccepted", "exe", "pdf")))))
                .andReturn().getFlashMap();
        verify(applications).upload(any(), eq(5L), eq(DocumentKind.ATTACHMENT), eq("setup.exe"), any());

        mvc.perform(get("/applications/5").flashAttrs(flashed))
                .andExpect(content().string(containsString("Файлы типа «exe» не принимаются. Допустимые: pdf.")));
        mvc.perform(get("/applications/5").flashAttrs(flashed).param("lang", "en"))
                .andExpect(content().string(containsString("Files of type &quot;exe&quot; are not accepted. Allowed: pdf.")));
    }

    @Test
    void details_showWhereTheApplicationStands_theCommentsForThePartner_andAFormWithoutVisibility() throws Exception {
        given(applications.get(any(), eq(5L))).willReturn(UiTestSupport.application(5, PARTNER_ID, ApplicationState.IN_REVIEW));
        given(inbox.list(any(), any())).willReturn(Page.empty(PageRequest.of(0, 100)));
        given(comments.list(any(), eq("application"), eq(5L), any())).willReturn(new PageImpl<>(List.of(
                new CommentView(1, "reviewer", "Роман Рецензентов", true, "PARTNER", "Уточните сайт", UiTestSupport.NOW))));

        mvc.perform(get("/applications/5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Роман Рецензентов")))
                .andExpect(content().string(containsString("Уточните сайт")))
                .andExpect(content().string(containsString("data-step=\"REVIEW\" data-progress=\"CURRENT\"")))
                .andExpect(content().string(containsString("Ход за менеджерами программы")))
                .andExpect(content().string(containsString("решение ожидается до 09.12.2026 18:00 MSK")))
                .andExpect(content().string(containsString("action=\"/subjects/application/5/comments\"")))
                .andExpect(content().string(not(containsString("id=\"comment-visibility\""))));
    }

    @Test
    void commentOnTheApplication_goesBackToItsPage() throws Exception {
        mvc.perform(post("/subjects/application/5/comments").with(csrf()).param("body", "Сайт обновили"))
                .andExpect(redirectedUrl("/applications/5#comments"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("comment.added")))));

        verify(comments).add(any(), eq("application"), eq(5L), eq(null), eq("Сайт обновили"));
    }

    @Test
    void someoneElsesApplication_isNotFound() throws Exception {
        given(applications.get(any(), anyLong())).willThrow(new NotFoundException("notFound.application"));
        given(inbox.list(any(), any())).willReturn(Page.empty(PageRequest.of(0, 100)));

        mvc.perform(get("/applications/9"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("Страница не найдена")));
    }

    private static MockMultipartHttpServletRequestBuilder filledForm() {
        var request = multipart("/applications/new");
        request.param("companyName", "ООО «Альфа Софт»")
                .param("region", "Москва")
                .param("website", "alfa-soft.example")
                .param("contactName", "Анна Альфина")
                .param("contactEmail", "anna@alfa-soft.example")
                .param("contactPhone", "+7 495 000-00-00")
                .param("activities", "RESALE", "IMPLEMENTATION")
                .param("teamSize", "25")
                .param("description", "Продажи и внедрение")
                .with(csrf());
        return request;
    }
}
