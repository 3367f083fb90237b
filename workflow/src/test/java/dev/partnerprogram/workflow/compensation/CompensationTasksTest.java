package dev.partnerprogram.workflow.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.compensation.ClaimLine;
import dev.partnerprogram.compensation.CompensationClaims;
import dev.partnerprogram.compensation.CompensationPayments;
import dev.partnerprogram.compensation.CompensationPreApproval;
import dev.partnerprogram.compensation.CompensationService;
import dev.partnerprogram.compensation.LineDecision;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompensationTasksTest {
    private static final long ID = 9;

    private final CompensationService compensations = mock(CompensationService.class);
    private final CompensationPreApproval preApproval = mock(CompensationPreApproval.class);
    private final CompensationClaims claims = mock(CompensationClaims.class);
    private final CompensationPayments payments = mock(CompensationPayments.class);
    private final CompensationTasks tasks = new CompensationTasks(compensations, preApproval, claims, payments);

    @Test
    void aVerifiedClaimTakesOneDecisionALine_andSaysWhetherAnythingIsPayable() {
        when(claims.verifyClaim(eq(ID), eq(Map.of(
                1L, new LineDecision(ClaimLine.Decision.ACCEPT, null, null),
                2L, new LineDecision(ClaimLine.Decision.REDUCE, new BigDecimal("1200.50"), "Без НДС")
        )), eq("reviewer"))).thenReturn(new BigDecimal("5000"));

        var variables = complete(MarketingCompensationProcess.USER_VERIFY_CLAIM, new TaskCompletion("APPROVE", null, Map.of(
                "line-1-decision", "accept", "line-2-decision", "REDUCE", "line-2-amount", "1200,50", "line-2-reason", "Без НДС")));

        assertThat(variables).containsEntry(MarketingCompensationProcess.COMPENSATION_PAYABLE.name(), true)
                .containsEntry(MarketingCompensationProcess.DECISION.name(), "APPROVE");
    }

    @Test
    void badLineFieldsAreNamed_andNothingIsRecorded() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> complete(MarketingCompensationProcess.USER_VERIFY_CLAIM, new TaskCompletion("APPROVE", null, Map.of(
                        "line-1-decision", "MAYBE", "line-2-amount", "много", "line-x-decision", "ACCEPT"))));

        assertThat(refused.violations()).extracting(FieldViolation::field, v -> v.message().code()).containsExactlyInAnyOrder(
                tuple("line-1-decision", "error.compensation.decideLine"), tuple("line-2-amount", "error.amount"),
                tuple("line-x-decision", "error.compensation.unknownField"));
        verifyNoInteractions(claims);
    }

    @Test
    void aReturnedClaimNeedsItsReason_andIsRecordedAsAReturn() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> complete(MarketingCompensationProcess.USER_VERIFY_CLAIM,
                new TaskCompletion("REWORK", null, Map.of()))).violations()).extracting(FieldViolation::field).containsExactly("comment");

        complete(MarketingCompensationProcess.USER_VERIFY_CLAIM, new TaskCompletion("REWORK", "Нет акта", Map.of()));

        verify(claims).recordClaimReturn(ID, "Нет акта", "reviewer");
    }

    @Test
    void aPaymentNeedsItsDateAndDocument() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> complete(MarketingCompensationProcess.USER_RECORD_PAYMENT,
                new TaskCompletion(null, null, Map.of()))).violations())
                .extracting(FieldViolation::field).containsExactlyInAnyOrder("paymentDate", "paymentDocument");

        complete(MarketingCompensationProcess.USER_RECORD_PAYMENT,
                new TaskCompletion(null, null, Map.of("paymentDate", "2026-12-01", "paymentDocument", "ПП-17")));

        verify(payments).recordPayment(ID, LocalDate.of(2026, 12, 1), "ПП-17", "reviewer");
    }

    private Map<String, Object> complete(String taskKey, TaskCompletion completion) {
        return tasks.complete(taskKey, ID, AccessFixtures.reviewer(), tasks.spec(taskKey).read(completion));
    }
}
