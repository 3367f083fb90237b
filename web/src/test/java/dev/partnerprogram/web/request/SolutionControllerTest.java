package dev.partnerprogram.web.request;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.request.PartnerRequestView.SolutionView;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "admin", roles = "ADMIN")
class SolutionControllerTest extends PageSliceTest {
    @Autowired PartnerRequestWorkflow workflow;

    @BeforeEach
    void anAdmin() {
        signedIn(UiTestSupport.admin(), UiTestSupport.manager());
    }

    @Test
    void theListShowsEachSolutionWhetherItIsOffered_andTheButtonThatTurnsThatOver() throws Exception {
        given(workflow.solutions(any())).willReturn(List.of(new SolutionView(1, "Directum RX", true),
                new SolutionView(2, "Directum Архив", false)));

        shows(mvc.perform(get("/admin/solutions")), "Решения вендора", "id=\"solution-1\"", "Directum RX", "Сохранить и снять",
                "id=\"solution-2\"", "Directum Архив", "Снято", "Сохранить и вернуть")
                .andExpect(view().name(SolutionController.VIEW_LIST));
    }

    @Test
    void anAddedSolutionIsNamedInTheNotice_asStored() throws Exception {
        given(workflow.addSolution(any(), eq("  Directum RX  "))).willReturn(new SolutionView(3, "Directum RX", true));

        mvc.perform(post("/admin/solutions").with(csrf()).param("name", "  Directum RX  "))
                .andExpect(redirectedUrl("/admin/solutions"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("solution.notice.added", "Directum RX")))));
        verify(workflow).addSolution(any(), eq("  Directum RX  "));
    }

    @Test
    void aNameAnotherSolutionHas_isRefusedWithTheReason_andNoNotice() throws Exception {
        willThrow(new ConflictException("conflict.solution.duplicate", "Directum RX")).given(workflow)
                .changeSolution(any(), eq(2L), eq("Directum RX"), eq(true));

        mvc.perform(post("/admin/solutions/{id}", 2).with(csrf()).param("name", "Directum RX").param("active", "true"))
                .andExpect(redirectedUrl("/admin/solutions"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE,
                        new Flash("danger", List.of(Message.of("conflict.solution.duplicate", "Directum RX")))));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void aManagerMayNotChangeTheList() throws Exception {
        mvc.perform(post("/admin/solutions").with(csrf()).param("name", "Directum RX")).andExpect(status().isForbidden());
        verify(workflow, never()).addSolution(any(), anyString());
    }
}
