package dev.partnerprogram.compensation;

import dev.partnerprogram.integration.EventType;
import dev.partnerprogram.integration.IntegrationEvents;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.partnerprogram.compensation.CompensationSteps.money;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.UniqueKeys;
import dev.partnerprogram.compensation.CompensationHistory.Action;
import dev.partnerprogram.notification.MailTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A verified claim's money: finance is asked to pay the approved amount, records the payment (which moves it from
 * reserved to paid in the budget), or the compensation closes unpaid when nothing was accepted.
 */
@Service
public class CompensationPayments {

    private final CompensationSteps steps;
    private final CompensationRepository compensations;
    private final BudgetLedger ledger;

    private final IntegrationEvents integration;

    CompensationPayments(CompensationSteps steps, CompensationRepository compensations, BudgetLedger ledger,
                         IntegrationEvents integration) {
        this.integration = integration;
        this.steps = steps;
        this.compensations = compensations;
        this.ledger = ledger;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void requestPayment(long id) {
        Compensation c = steps.lockIn(id, CompensationState.CLAIM_REVIEW);
        steps.moveTo(c, CompensationState.PAYMENT_PENDING);
        steps.notifyPartner(c, MailTemplate.COMPENSATION_CLAIM_VERIFIED, "verified", money(c.getAcceptedExpenses()),
                money(c.getApprovedAmount()));
    }

    /** Verified with nothing accepted: the whole reservation goes back to the budget. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeUnpaid(long id) {
        Compensation c = steps.lockIn(id, CompensationState.CLAIM_REVIEW);
        ledger.releaseRemaining(c.getBudgetId(), c.getPartnerId(), c.getId(), CompensationHistory.SYSTEM, "no expenses accepted");
        steps.moveTo(c, CompensationState.CLOSED_UNPAID);
        steps.record(c, CompensationHistory.SYSTEM, Action.CLOSED_UNPAID, null);
        steps.notifyPartner(c, MailTemplate.COMPENSATION_CLOSED_UNPAID, "closed-unpaid");
    }

    /** Finance has paid: the approved amount moves from reserved to paid and the rest of the reservation is released. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPayment(long id, LocalDate paymentDate, String paymentDocument, String actor) {
        Compensation c = steps.lockIn(id, CompensationState.PAYMENT_PENDING);
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.requireNotInFuture(errors, "paymentDate", paymentDate, steps.today());
        FieldChecks.require(errors, "paymentDocument", paymentDocument, 100);
        FieldChecks.throwIfAny(errors);
        String document = paymentDocument.trim();
        if (compensations.existsByPaymentDocument(document)) {
            throw new ConflictException("conflict.compensation.paymentDocumentUsed", document);
        }
        ledger.pay(c.getBudgetId(), c.getPartnerId(), c.getId(), c.getApprovedAmount(), actor, "payment " + document);
        c.recordPayment(paymentDate, document);
        // Two compensations paid with one document at once both pass the check above; the key lets one of them in.
        UniqueKeys.refusing("uq_compensation_payment_document",
                () -> new ConflictException("conflict.compensation.paymentDocumentUsed", document), () -> {
                    compensations.flush();
                    return c;
                });
        steps.moveTo(c, CompensationState.PAID);
        steps.record(c, actor, Action.PAID, money(c.getApprovedAmount()) + " / " + document);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("compensationId", c.getId());
        data.put("partnerId", c.getPartnerId());
        data.put("amount", c.getApprovedAmount());
        data.put("paidOn", paymentDate);
        data.put("paymentDocument", document);
        integration.publish(EventType.COMPENSATION_PAID, c.getPartnerId(), data);
        steps.notifyPartner(c, MailTemplate.COMPENSATION_PAID, "paid", money(c.getApprovedAmount()), paymentDate, document);
    }
}
