package dev.partnerprogram.workflow.compensation;

import static dev.partnerprogram.processes.MarketingCompensationProcess.ACTIVITY_KIND;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CANCELLED_BY;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_DUE_AT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_REMINDER_AT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.COMPENSATION_ID;
import static dev.partnerprogram.processes.MarketingCompensationProcess.REQUESTED_AMOUNT;

import dev.partnerprogram.compensation.Compensation;
import dev.partnerprogram.compensation.CompensationClaims;
import dev.partnerprogram.compensation.CompensationHistory;
import dev.partnerprogram.compensation.CompensationPayments;
import dev.partnerprogram.compensation.CompensationPreApproval;
import dev.partnerprogram.compensation.CompensationService;
import java.util.Date;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code marketing-compensation}: each reads the compensation id and calls one domain step. */
@Configuration
class CompensationDelegates {

    /** The routing table reads the amount and kind as they are when the review opens (a revision may change them). */
    @Bean
    JavaDelegate openCompensationReviewDelegate(CompensationPreApproval preApproval, CompensationService compensations) {
        return execution -> {
            long id = COMPENSATION_ID.from(execution);
            preApproval.openReview(id);
            Compensation c = compensations.get(id);
            REQUESTED_AMOUNT.set(execution, c.getRequestedAmount().doubleValue());
            ACTIVITY_KIND.set(execution, c.getKind().name());
        };
    }

    @Bean
    JavaDelegate rejectCompensationDelegate(CompensationPreApproval preApproval) {
        return execution -> preApproval.reject(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate requestCompensationReworkDelegate(CompensationPreApproval preApproval) {
        return execution -> preApproval.requestRework(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate awaitSecondApprovalDelegate(CompensationPreApproval preApproval) {
        return execution -> preApproval.awaitSecondApproval(COMPENSATION_ID.from(execution));
    }

    /** Reserves the amount (or fails the step with 409 when the budget no longer has it) and opens the claim window. */
    @Bean
    JavaDelegate approveCompensationDelegate(CompensationPreApproval preApproval, CompensationClaims claims) {
        return thenClaimWindow(claims, preApproval::approve);
    }

    @Bean
    JavaDelegate remindClaimDelegate(CompensationClaims claims) {
        return execution -> claims.remindClaim(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate lapseCompensationDelegate(CompensationClaims claims) {
        return execution -> claims.lapse(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate returnClaimDelegate(CompensationClaims claims) {
        return thenClaimWindow(claims, claims::returnClaim);
    }

    @Bean
    JavaDelegate requestPaymentDelegate(CompensationPayments payments) {
        return execution -> payments.requestPayment(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate closeUnpaidCompensationDelegate(CompensationPayments payments) {
        return execution -> payments.closeUnpaid(COMPENSATION_ID.from(execution));
    }

    @Bean
    JavaDelegate cancelCompensationDelegate(CompensationPreApproval preApproval) {
        return execution -> {
            Object by = execution.getVariable(CANCELLED_BY.name());
            preApproval.cancel(COMPENSATION_ID.from(execution), by == null ? CompensationHistory.SYSTEM : by.toString());
        };
    }

    /** The step, after which the partner has a claim window: the timers wait for its deadline and its reminder. */
    private static JavaDelegate thenClaimWindow(CompensationClaims claims, LongConsumer step) {
        return execution -> {
            long id = COMPENSATION_ID.from(execution);
            step.accept(id);
            CLAIM_DUE_AT.set(execution, Date.from(claims.claimDueAt(id)));
            CLAIM_REMINDER_AT.set(execution, Date.from(claims.claimReminderAt(id)));
        };
    }
}
