package dev.partnerprogram.workflow.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.deal.Deal;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class DealTasksTest {
    private static final long DEAL = 41;
    private static final Instant PROTECTION_ENDS = Instant.parse("2030-09-01T21:00:00Z");

    private final DealService deals = mock(DealService.class);
    private final DealTasks tasks = new DealTasks(deals);

    @Test
    void anApproval_protectsTheDeal_andAnswersWhenTheProtectionEnds() {
        deal(false);
        when(deals.approve(DEAL, 60L, null, null, "reviewer")).thenReturn(PROTECTION_ENDS);

        var variables = complete(DealRegistrationProcess.USER_RESOLVE_CONFLICT,
                new TaskCompletion("APPROVE", null, Map.of("protectionDays", "60")));

        assertThat(variables).containsEntry(DealRegistrationProcess.REVIEW_DECISION.name(), Variables.untypedValue("APPROVE", true))
                .containsEntry(DealRegistrationProcess.PROTECTION_ENDS_AT.name(), Date.from(PROTECTION_ENDS));
    }

    @Test
    void aJointDeal_isApprovedByAManager_withItsDiscountAndRevenueSplit() {
        deal(true);
        DealService.JointTerms terms = new DealService.JointTerms(BigDecimal.valueOf(62), BigDecimal.valueOf(70));
        when(deals.approve(DEAL, null, terms, null, "manager")).thenReturn(PROTECTION_ENDS);
        TaskCompletion approval = new TaskCompletion("APPROVE", null, Map.of("jointDiscount", "62", "partnerShare", "70"));

        assertThatThrownBy(() -> complete(DealRegistrationProcess.USER_REVIEW_DEAL, approval)).isInstanceOf(ForbiddenException.class);
        var variables = tasks.complete(DealRegistrationProcess.USER_REVIEW_DEAL, DEAL, AccessFixtures.manager(),
                tasks.spec(DealRegistrationProcess.USER_REVIEW_DEAL).read(approval));

        verify(deals).approve(DEAL, null, terms, null, "manager");
        assertThat(variables).containsEntry(DealRegistrationProcess.PROTECTION_ENDS_AT.name(), Date.from(PROTECTION_ENDS));
    }

    @Test
    void aRejectionNeedsItsReason_beforeAnythingIsRecorded() {
        assertThatThrownBy(() -> complete(DealRegistrationProcess.USER_REVIEW_DEAL, new TaskCompletion("REJECT", " ", Map.of())))
                .isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(deals);

        var variables = complete(DealRegistrationProcess.USER_REVIEW_DEAL, new TaskCompletion("REJECT", "Заказчик уже работает с нами", Map.of()));

        verify(deals).reject(DEAL, "Заказчик уже работает с нами", "reviewer");
        assertThat(variables).containsEntry(DealRegistrationProcess.REVIEW_DECISION.name(), Variables.untypedValue("REJECT", true))
                .doesNotContainKey(DealRegistrationProcess.PROTECTION_ENDS_AT.name());
    }

    @Test
    void aWonDeal_recordsItsAmountDateAndComplexity() {
        var variables = complete(DealRegistrationProcess.USER_CLOSE_DEAL, new TaskCompletion("WON", null,
                Map.of("amount", "1500000,50", "closedAt", "2030-06-01", "complexity", "large")));

        verify(deals).markWon(DEAL, new BigDecimal("1500000.50"), LocalDate.parse("2030-06-01"), ProjectComplexity.LARGE, "reviewer");
        assertThat(variables).containsEntry(DealRegistrationProcess.OUTCOME.name(), Variables.untypedValue("WON", true));
    }

    @Test
    void anAmountWithMoreThanKopecks_isRefusedByTheForm() {
        assertThatThrownBy(() -> complete(DealRegistrationProcess.USER_CLOSE_DEAL, new TaskCompletion("WON", null,
                Map.of("amount", "10.001", "closedAt", "2030-06-01"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).anyMatch(v -> v.field().equals("amount")));
        verifyNoInteractions(deals);
    }

    @Test
    void aLostDealNeedsItsReason() {
        assertThatThrownBy(() -> complete(DealRegistrationProcess.USER_CLOSE_DEAL, new TaskCompletion("LOST", null, Map.of())))
                .isInstanceOf(InvalidInputException.class);

        complete(DealRegistrationProcess.USER_CLOSE_DEAL, new TaskCompletion("LOST", "Выбрали другого поставщика", Map.of()));

        verify(deals).markLost(DEAL, "Выбрали другого поставщика", "reviewer");
    }

    @Test
    void anExtension_answersTheNewEndOfTheProtection() {
        when(deals.extend(DEAL, "reviewer")).thenReturn(PROTECTION_ENDS);

        var variables = complete(DealRegistrationProcess.USER_CLOSE_DEAL, new TaskCompletion("EXTEND", null, Map.of()));

        assertThat(variables).containsEntry(DealRegistrationProcess.OUTCOME.name(), Variables.untypedValue("EXTEND", true))
                .containsEntry(DealRegistrationProcess.PROTECTION_ENDS_AT.name(), Date.from(PROTECTION_ENDS));
    }

    private void deal(boolean joint) {
        Deal deal = mock(Deal.class);
        when(deal.isJoint()).thenReturn(joint);
        when(deals.get(DEAL)).thenReturn(deal);
    }

    private Map<String, Object> complete(String taskKey, TaskCompletion completion) {
        return tasks.complete(taskKey, DEAL, AccessFixtures.reviewer(), tasks.spec(taskKey).read(completion));
    }
}
