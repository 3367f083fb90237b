package dev.partnerprogram.web.marketing;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
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

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.compensation.BudgetSummary;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
class BudgetControllerTest extends PageSliceTest {
    private static final BudgetSummary MOSCOW = new BudgetSummary(3, "Москва", "2026", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), new BigDecimal("3000000.00"), new BigDecimal("240000.00"), BigDecimal.ZERO,
            new BigDecimal("2760000.00"));

    @Autowired CompensationWorkflow workflow;

    @BeforeEach
    void signedInManager() {
        signedIn(UiTestSupport.manager());
        given(workflow.budgets(any(), any())).willReturn(new PageImpl<>(List.of(MOSCOW), PageRequest.of(0, 20), 1));
    }

    @Test
    void aManagerSeesTheBudgetsWithWhatIsLeft() throws Exception {
        shows(mvc.perform(get("/manager/budgets")), "Маркетинговые бюджеты", "href=\"/manager/budgets/3\"", ">2 760 000,00 ₽<")
                .andExpect(view().name(BudgetController.VIEW_LIST));
    }

    @Test
    void aBudgetWithAnAmountThatIsNoNumber_staysOnTheFormAndIsNotCreated() throws Exception {
        mvc.perform(post("/manager/budgets").with(csrf()).param("region", "Казань").param("year", "2027").param("amount", "много"))
                .andExpect(status().isOk())
                .andExpect(view().name(BudgetController.VIEW_LIST))
                .andExpect(model().attribute("fieldErrors", hasKey("amount")))
                .andExpect(content().string(containsString("value=\"Казань\"")));
        verify(workflow, never()).createBudget(any(), any(), any(), any(), any());
    }

    @Test
    void aNewBudgetOpensItsPage() throws Exception {
        given(workflow.createBudget(any(), eq("Казань"), eq(2027), eq(null), eq(new BigDecimal("1500000.50")))).willReturn(
                new BudgetSummary(9, "Казань", "2027", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                        new BigDecimal("1500000.50"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1500000.50")));

        mvc.perform(post("/manager/budgets").with(csrf()).param("region", "Казань").param("year", "2027")
                        .param("amount", "1 500 000,50"))
                .andExpect(redirectedUrl("/manager/budgets/9"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("mdf.notice.budgetCreated")))));
    }

    @Test
    void aRefusedAllocationIsToldOnTheBudgetsPage() throws Exception {
        given(workflow.setAllocation(any(), eq(3L), eq(21L), eq(new BigDecimal("50000")), eq(null)))
                .willThrow(new ForbiddenException("forbidden.budget.managersOnly"));

        mvc.perform(post("/manager/budgets/3/allocation").with(csrf()).param("partnerId", "21").param("amount", "50000"))
                .andExpect(redirectedUrl("/manager/budgets/3"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("forbidden.budget.managersOnly")))));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void reviewersAreTurnedAway() throws Exception {
        signedIn(UiTestSupport.reviewer());

        mvc.perform(get("/manager/budgets")).andExpect(status().isForbidden());
        mvc.perform(post("/manager/budgets/3/allocation").with(csrf()).param("amount", "1")).andExpect(status().isForbidden());
        verifyNoInteractions(workflow);
    }
}
