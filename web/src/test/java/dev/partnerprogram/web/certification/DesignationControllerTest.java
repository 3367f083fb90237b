package dev.partnerprogram.web.certification;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.certification.DesignationService.Evidence;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.certification.DesignationWorkflow;
import dev.partnerprogram.workflow.training.CourseView;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "partner", roles = "PARTNER")
class DesignationControllerTest extends PageSliceTest {
    private static final long PARTNER_ID = 20;

    @Autowired DesignationWorkflow designations;
    @Autowired TrainingWorkflow training;

    @BeforeEach
    void signedInPartner() {
        signedIn(UiTestSupport.partner(PARTNER_ID));
        given(training.catalogue(any(), eq(null), any())).willReturn(new PageImpl<>(List.of(
                course("DRX-SETUP", "Настройка и администрирование"), course("DRX-DEV", "Разработка на Directum RX")),
                PageRequest.of(0, 100), 2));
    }

    @Test
    void theFormOffersBothDesignationsAndTheCatalogueCourses() throws Exception {
        shows(mvc.perform(get("/applications/designation").param("kind", "DEVELOPER_PARTNER")),
                "value=\"DEVELOPER_PARTNER\" checked=\"checked\"", "Разработка на Directum RX")
                .andExpect(view().name(DesignationController.VIEW_FORM))
                .andExpect(model().attribute("kinds", List.of(RequestedStatus.TRAINING_CENTER, RequestedStatus.DEVELOPER_PARTNER)))
                .andExpect(model().attribute("form", Map.of("requestedStatus", "DEVELOPER_PARTNER")));
    }

    @Test
    void aKindThatIsNoDesignationFallsBackToTheTrainingCenter() throws Exception {
        mvc.perform(get("/applications/designation").param("kind", "CERTIFIED"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", Map.of("requestedStatus", "TRAINING_CENTER")));
    }

    @Test
    void anApplicationWithItsEvidenceOpensTheApplication() throws Exception {
        given(designations.submit(any(), eq(RequestedStatus.TRAINING_CENTER), any())).willReturn(12L);

        mvc.perform(post("/applications/designation").with(csrf()).param("requestedStatus", "TRAINING_CENTER")
                        .param("platform", "Класс на 12 мест").param("courses", "DRX-SETUP", "DRX-DEV"))
                .andExpect(redirectedUrl("/applications/12"))
                .andExpect(flash().attributeExists(Flash.ATTRIBUTE));
        verify(designations).submit(any(), eq(RequestedStatus.TRAINING_CENTER),
                eq(new Evidence("Класс на 12 мест", List.of("DRX-SETUP", "DRX-DEV"), null, null)));
    }

    @Test
    void evidenceTheRulesRefuse_isShownNextToItsFieldsWithTheChoicesKept() throws Exception {
        given(designations.submit(any(), any(), any())).willThrow(new InvalidInputException("courses", "error.designation.noCourse", "DRX-OLD"));

        mvc.perform(post("/applications/designation").with(csrf()).param("requestedStatus", "TRAINING_CENTER")
                        .param("courses", "DRX-SETUP"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("fieldErrors", Map.of("courses", "Курса DRX-OLD нет в каталоге")))
                .andExpect(model().attribute("chosen", List.of("DRX-SETUP")))
                .andExpect(content().string(containsString("value=\"DRX-SETUP\" checked=\"checked\"")));
    }

    @Test
    void anUnknownKindOrAConflictIsAProblemAboveTheForm() throws Exception {
        mvc.perform(post("/applications/designation").with(csrf()).param("requestedStatus", "PLATINUM"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("fieldErrors", Map.of("requestedStatus", "Выберите один из вариантов.")));
        verifyNoInteractions(designations);

        given(designations.submit(any(), any(), any())).willThrow(new ConflictException(
                "conflict.designation.noStatus"));
        mvc.perform(post("/applications/designation").with(csrf()).param("requestedStatus", "DEVELOPER_PARTNER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"flash\"")));
    }

    private static CourseView course(String code, String title) {
        return new CourseView(1, code, title, CourseKind.SETUP, null, new BigDecimal("60000"), 3, true, null, null);
    }
}
