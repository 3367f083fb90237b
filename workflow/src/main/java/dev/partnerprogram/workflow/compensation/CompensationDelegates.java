package dev.partnerprogram.workflow.compensation;

import static dev.partnerprogram.processes.MarketingCompensationProcess.ACTIVITY_KIND;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CANCELLED_BY;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_DUE_AT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_REMINDER_AT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.COMPENSATION_ID;
import static dev.partnerprogram.processes.MarketingCompensationProcess.REQUESTED_AMOUNT;

import dev.partnerprogram.compensation.Compensation;
import dev.partnerprogram.compensation.CompensationHistory;
import dev.partnerprogram.compensation.CompensationService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code marketing-compensation}: each reads the compensation id and calls one domain step. */
@Configuration
class CompensationDelegates {

    /** The routing table reads the amount and kind as they are when the review opens (a revision may change them). */
    @Bean
    JavaDelegate openCompensationReviewDelegate(CompensationService compensations) {
        return execution -> {
            long id = COMPENSATION_ID.from(execution);
            compensations.openReview(id);
            Compensation c = compensations.get(id);
            REQUESTED_AMOUNT.set(execution, c.getRequestedAmount().doubleValue());
            ACTIVITY_KIND.set(execution, c.getKind().name());
        };
    }

    @Bean
    JavaDelegate rejectCompensationDelegate(CompensationService compensations) {
        return execution -> compensations.reject(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate requestCompensationReworkDelegate(CompensationService compensations) {
        return execution -> compensations.requestRework(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate awaitSecondApprovalDelegate(CompensationService compensations) {
        return execution -> compensations.awaitSecondApproval(COMPENSATION_ID.from(execution));
    }

    /** Reserves the amount (or fails the step with 409 when the budget no longer has it) and opens the claim window. */
    @Bean
    JavaDelegate approveCompensationDelegate(CompensationService compensations) {
        return execution -> {
            long id = COMPENSATION_ID.from(execution);
            compensations.approve(id);
            setClaimDeadline(execution, compensations, id);
        };
    }

    @Bean
    JavaDelegate remindClaimDelegate(CompensationService compensations) {
        return execution -> compensations.remindClaim(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate lapseCompensationDelegate(CompensationService compensations) {
        return execution -> compensations.lapse(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate returnClaimDelegate(CompensationService compensations) {
        return execution -> {
            long id = COMPENSATION_ID.from(execution);
            compensations.returnClaim(id);
            setClaimDeadline(execution, compensations, id);
        };
    }

    @Bean
    JavaDelegate requestPaymentDelegate(CompensationService compensations) {
        return execution -> compensations.requestPayment(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate closeUnpaidCompensationDelegate(CompensationService compensations) {
        return execution -> compensations.closeUnpaid(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate cancelCompensationDelegate(CompensationService compensations) {
        return execution -> {
            Object by = execution.getVariable(CANCELLED_BY.name());
            compensations.cancel(COMPENSATION_ID.from(execution), by == null ? CompensationHistory.SYSTEM : by.toString());
        };
    }

    private static void setClaimDeadline(DelegateExecution execution, CompensationService compensations, long id) {
        CLAIM_DUE_AT.set(execution, Date.from(compensations.claimDueAt(id)));
        CLAIM_REMINDER_AT.set(execution, Date.from(compensations.claimReminderAt(id)));
    }
}
