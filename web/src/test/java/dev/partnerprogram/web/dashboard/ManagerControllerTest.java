package dev.partnerprogram.web.dashboard;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
class ManagerControllerTest extends PageSliceTest {
    @Autowired ApplicationWorkflow applications;

    @BeforeEach
    void signedInManager() {
        signedIn(UiTestSupport.manager());
    }

    @Test
    void aManagerSeesTheApplicationsOfTheChosenStage() throws Exception {
        given(applications.list(any(), eq(Set.of(ApplicationState.IN_REVIEW)), eq(PageRequest.of(0, 20)))).willReturn(new PageImpl<>(
                List.of(UiTestSupport.application(7, 21, ApplicationState.IN_REVIEW)), PageRequest.of(0, 20), 1));

        shows(mvc.perform(get("/manager/applications").param("state", "IN_REVIEW")), "Все заявки", "АО «Бета Интеграция»",
                "<option value=\"IN_REVIEW\" selected=\"selected\">")
                .andExpect(view().name(ManagerController.VIEW_APPLICATIONS))
                .andExpect(model().attribute("state", ApplicationState.IN_REVIEW));
    }

    @Test
    void withoutAStageEveryApplicationIsListed() throws Exception {
        given(applications.list(any(), eq(null), eq(PageRequest.of(0, 20)))).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

        mvc.perform(get("/manager/applications"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("state", (Object) null));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void reviewersAreTurnedAway() throws Exception {
        signedIn(UiTestSupport.reviewer());

        mvc.perform(get("/manager/applications")).andExpect(status().isForbidden());
        verifyNoInteractions(applications);
    }
}
