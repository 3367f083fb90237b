package dev.partnerprogram.compensation;

import dev.partnerprogram.integration.EventType;
import dev.partnerprogram.integration.IntegrationEvents;

import static dev.partnerprogram.compensation.CompensationFixture.BUDGET;
import static dev.partnerprogram.compensation.CompensationFixture.PARTNER;
import static dev.partnerprogram.compensation.CompensationFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompensationPaymentsTest {

    private final CompensationFixture fixture = new CompensationFixture();
    private final IntegrationEvents integration = org.mockito.Mockito.mock(IntegrationEvents.class);
    private final CompensationPayments payments = new CompensationPayments(fixture.steps, fixture.compensations, fixture.ledger,
            integration);

    @Test
    void aPayment_movesTheApprovedAmountFromReservedToPaid() {
        Compensation c = verified(1);

        payments.recordPayment(1, TODAY, " ПП-1042 ", "finance");

        verify(fixture.ledger).pay(BUDGET, PARTNER, 1, new BigDecimal("25000.00"), "finance", "payment ПП-1042");
        assertThat(c.getState()).isEqualTo(CompensationState.PAID);
        assertThat(c.getPaymentDocument()).isEqualTo("ПП-1042");
        verify(integration).publish(org.mockito.ArgumentMatchers.eq(EventType.COMPENSATION_PAID), org.mockito.ArgumentMatchers.eq(PARTNER),
                org.mockito.ArgumentMatchers.argThat(data -> "ПП-1042".equals(data.get("paymentDocument"))
                        && new BigDecimal("25000.00").equals(data.get("amount"))));
    }

    @Test
    void aPaymentDocumentUsedBefore_isAConflict_andNoMoneyMoves() {
        verified(2);
        when(fixture.compensations.existsByPaymentDocument("ПП-1042")).thenReturn(true);

        assertThatThrownBy(() -> payments.recordPayment(2, TODAY, "ПП-1042", "finance"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("conflict.compensation.paymentDocumentUsed"));
        verifyNoInteractions(fixture.ledger);
    }

    @Test
    void aPaymentDatedTomorrow_isRefused() {
        verified(3);

        assertThatThrownBy(() -> payments.recordPayment(3, TODAY.plusDays(1), "ПП-1043", "finance"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::code).containsExactly("error.notInFuture"));
    }

    @Test
    void aClaimStillUnderReview_cannotBePaid() {
        fixture.held(4, CompensationState.CLAIM_REVIEW);

        assertThatThrownBy(() -> payments.recordPayment(4, TODAY, "ПП-1044", "finance"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("conflict.compensation.stepNotPossible"));
        verifyNoInteractions(fixture.ledger);
    }

    @Test
    void nothingAccepted_closesUnpaid_andGivesTheReservationBack() {
        Compensation c = fixture.held(5, CompensationState.CLAIM_REVIEW);

        payments.closeUnpaid(5);

        verify(fixture.ledger).releaseRemaining(BUDGET, PARTNER, 5, "system", "no expenses accepted");
        assertThat(c.getState()).isEqualTo(CompensationState.CLOSED_UNPAID);
    }

    private Compensation verified(long id) {
        Compensation c = fixture.held(id, CompensationState.PAYMENT_PENDING);
        c.recordVerification(new BigDecimal("50000.00"), new BigDecimal("25000.00"));
        return c;
    }
}
