package dev.partnerprogram.web.training;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ImportRejectedException.LineViolation;
import dev.partnerprogram.common.ImportRejectedException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.training.CatalogueService.CourseInput;
import dev.partnerprogram.training.CatalogueService.SessionInput;
import dev.partnerprogram.training.Course;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.payment.Payments;
import dev.partnerprogram.workflow.training.Catalogue;
import dev.partnerprogram.workflow.training.CourseView;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;

@WithMockUser(username = "admin", roles = "ADMIN")
class TrainingAdminControllerTest extends PageSliceTest {
    private static final Course SETUP = course("DRX-SETUP", "Настройка и администрирование Directum RX");

    @Autowired Catalogue catalogue;
    @Autowired TrainingWorkflow training;
    @Autowired Payments payments;

    @BeforeEach
    void signedInAdmin() {
        signedIn(UiTestSupport.admin());
        given(catalogue.courses(any(), any())).willReturn(new PageImpl<>(List.of(SETUP), PageRequest.of(0, 20), 1));
        given(catalogue.course(any(), eq("DRX-SETUP"))).willReturn(SETUP);
        given(catalogue.sessions(any(), eq("DRX-SETUP"), any())).willReturn(Page.empty(PageRequest.of(0, 100)));
        given(payments.list(any(), any(), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
    }

    @Test
    void theCatalogueListsEveryCourseWithTheFormForANewOne() throws Exception {
        shows(mvc.perform(get("/admin/courses")), "Каталог курсов", "href=\"/admin/courses/DRX-SETUP\"", "id=\"course-form\"")
                .andExpect(view().name(TrainingAdminController.VIEW_COURSES));
    }

    @Test
    void aNewCourseOpensItsPage() throws Exception {
        given(catalogue.createCourse(any(), any())).willReturn(course("DRX-NEW", "Новый курс"));

        mvc.perform(post("/admin/courses").with(csrf()).param("code", "DRX-NEW").param("title", "Новый курс").param("kind", "SETUP")
                        .param("price", "60 000,00").param("durationDays", "3"))
                .andExpect(redirectedUrl("/admin/courses/DRX-NEW"))
                .andExpect(flash().attributeExists(Flash.ATTRIBUTE));
        verify(catalogue).createCourse(any(), eq(new CourseInput("DRX-NEW", "Новый курс", CourseKind.SETUP, null,
                new BigDecimal("60000.00"), 3, true)));
    }

    @Test
    void aCourseThatDoesNotParse_staysOnTheFormWithItsErrors() throws Exception {
        mvc.perform(post("/admin/courses").with(csrf()).param("code", "DRX-NEW").param("title", "Новый курс").param("kind", "SETUP")
                        .param("price", "дорого").param("durationDays", "3"))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingAdminController.VIEW_COURSES))
                .andExpect(model().attribute("fieldErrors", Map.of("price", "Укажите сумму, например 1500.00.")))
                .andExpect(content().string(containsString("value=\"DRX-NEW\"")));
        verify(catalogue, never()).createCourse(any(), any());
    }

    @Test
    void aTakenCodeIsAProblemAboveTheForm() throws Exception {
        given(catalogue.createCourse(any(), any())).willThrow(new ConflictException("conflict.course.exists", "DRX-SETUP"));

        mvc.perform(post("/admin/courses").with(csrf()).param("code", "DRX-SETUP").param("title", "Дубль").param("kind", "SETUP")
                        .param("price", "1000").param("durationDays", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists(Flash.ATTRIBUTE))
                .andExpect(content().string(containsString("id=\"flash\"")));
    }

    @Test
    void aChangedSessionKeepsItsDates_andTheAdministratorGoesBackToTheCourse() throws Exception {
        var scheduled = new CourseView.SessionView(4, "DRX-SETUP", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 3), 12, 12, 0,
                "Учебный центр Directum", null, "Онлайн");
        given(training.session(4)).willReturn(scheduled);

        mvc.perform(post("/admin/sessions/4").with(csrf()).param("seats", "14").param("trainerName", "Учебный центр Directum")
                        .param("location", "Онлайн"))
                .andExpect(redirectedUrl("/admin/courses/DRX-SETUP"));
        verify(catalogue).updateSession(any(), eq(4L), eq(new SessionInput(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 3), 14,
                null, "Учебный центр Directum", "Онлайн")));
    }

    @Test
    void aSessionTheDomainRefuses_staysOnTheCourseWithTheErrorsAndTheInput() throws Exception {
        given(catalogue.createSession(any(), eq("DRX-SETUP"), any())).willThrow(new InvalidInputException("startDate",
                "error.inFuture"));

        mvc.perform(post("/admin/courses/DRX-SETUP/sessions").with(csrf()).param("startDate", "2020-01-01")
                        .param("endDate", "2020-01-02").param("seats", "10"))
                .andExpect(status().isOk())
                .andExpect(view().name(TrainingAdminController.VIEW_COURSE))
                .andExpect(model().attribute("sessionErrors", Map.of("startDate", "Дата должна быть в будущем.")))
                .andExpect(content().string(containsString("value=\"2020-01-01\"")));
    }

    @Test
    void aPaymentsFileWithBadLines_isRefusedWithEachLineNamed() throws Exception {
        given(payments.importCsv(any(), any())).willThrow(new ImportRejectedException(List.of(
                new LineViolation(3, "taxId", "error.payment.taxIdValue", "7700000000"))));

        shows(mvc.perform(multipart("/admin/payments/import").file(new MockMultipartFile("file", "payments.csv", "text/csv",
                        "taxId;paidOn;amount;kind;reference\n".getBytes(StandardCharsets.UTF_8))).with(csrf())),
                "id=\"import-errors\"", "Нет партнёра с ИНН 7700000000")
                .andExpect(view().name(TrainingAdminController.VIEW_PAYMENTS));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void onlyAdministratorsKeepTheCatalogueAndThePayments() throws Exception {
        signedIn(UiTestSupport.manager());

        mvc.perform(get("/admin/courses")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/payments")).andExpect(status().isForbidden());
        verifyNoInteractions(catalogue, payments);
    }

    private static Course course(String code, String title) {
        Course course = BeanUtils.instantiateClass(Course.class);
        ReflectionTestUtils.setField(course, "id", 5L);
        ReflectionTestUtils.setField(course, "code", code);
        ReflectionTestUtils.setField(course, "title", title);
        ReflectionTestUtils.setField(course, "kind", CourseKind.SETUP);
        ReflectionTestUtils.setField(course, "price", new BigDecimal("60000.00"));
        ReflectionTestUtils.setField(course, "durationDays", 3);
        ReflectionTestUtils.setField(course, "active", true);
        return course;
    }
}
