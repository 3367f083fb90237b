package dev.partnerprogram.compensation;

import static dev.partnerprogram.compensation.CompensationFixture.BUDGET;
import static dev.partnerprogram.compensation.CompensationFixture.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.partnerprogram.application.DocumentService;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CompensationClaimsTest {

    private final CompensationFixture fixture = new CompensationFixture();
    private final ClaimLineRepository lines = mock(ClaimLineRepository.class);
    private final CompensationClaims claims = new CompensationClaims(fixture.steps, lines, mock(CompensationDocumentRepository.class),
            mock(CompensationDocumentContentRepository.class), mock(DocumentService.class), fixture.ledger);

    @Test
    void theAmountToPay_isTheShareOfWhatWasAccepted_neverMoreThanPreApproved() {
        Compensation c = fixture.held(1, CompensationState.CLAIM_REVIEW);
        ClaimLine hall = line(11, 1, "50000.00");
        ClaimLine catering = line(12, 2, "30000.00");
        ClaimLine dinner = line(13, 3, "10000.00");
        when(lines.findByCompensationIdOrderByLineNoAsc(1L)).thenReturn(List.of(hall, catering, dinner));

        BigDecimal payable = claims.verifyClaim(1, Map.of(
                11L, new LineDecision(ClaimLine.Decision.ACCEPT, null, null),
                12L, new LineDecision(ClaimLine.Decision.REDUCE, new BigDecimal("20000.00"), "receipts for 20,000 only"),
                13L, new LineDecision(ClaimLine.Decision.REJECT, null, "a private dinner")), "marketer");

        assertThat(c.getAcceptedExpenses()).isEqualByComparingTo("70000.00");
        assertThat(payable).isEqualByComparingTo("30000.00");
        assertThat(c.getApprovedAmount()).isEqualByComparingTo("30000.00");
        assertThat(catering.getAcceptedAmount()).isEqualByComparingTo("20000.00");
        assertThat(dinner.getDecision()).isEqualTo(ClaimLine.Decision.REJECT);
    }

    @Test
    void aReductionWithoutAReason_andALineLeftUndecided_areNamedByLine_andNothingIsRecorded() {
        Compensation c = fixture.held(2, CompensationState.CLAIM_REVIEW);
        when(lines.findByCompensationIdOrderByLineNoAsc(2L)).thenReturn(List.of(line(21, 1, "1000.00"), line(22, 2, "500.00")));

        assertThatThrownBy(() -> claims.verifyClaim(2, Map.of(21L, new LineDecision(ClaimLine.Decision.REDUCE, new BigDecimal("900.00"), " ")),
                "marketer"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("line-21-reason", "line-22-decision"));
        assertThat(c.getApprovedAmount()).isNull();
        verifyNoInteractions(fixture.history);
    }

    @Test
    void aSecondClaim_isAConflict() {
        fixture.held(3, CompensationState.CLAIM_REVIEW);

        assertThatThrownBy(() -> claims.submitClaim(3, claim(), "partner"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.compensation.claimSubmitted"));
    }

    @Test
    void aClaimBeforeTheActivityIsOver_isAConflict() {
        fixture.planned(4, CompensationState.APPROVED);

        assertThatThrownBy(() -> claims.submitClaim(4, claim(), "partner"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.compensation.activityNotOver"));
        verifyNoInteractions(lines);
    }

    @Test
    void noClaimByTheDeadline_givesTheReservationBack() {
        Compensation c = fixture.held(5, CompensationState.APPROVED);

        claims.lapse(5);

        verify(fixture.ledger).releaseRemaining(BUDGET, PARTNER, 5, "system", "no claim by 2026-12-19");
        assertThat(c.getState()).isEqualTo(CompensationState.LAPSED);
    }

    @Test
    void aReturnedClaim_getsAtLeastTheCorrectionPeriod() {
        Compensation c = fixture.held(6, CompensationState.CLAIM_REVIEW);
        c.openClaimWindow(CompensationFixture.TODAY.plusDays(2));

        claims.returnClaim(6);

        assertThat(c.getClaimDueOn()).isEqualTo(CompensationFixture.TODAY.plusDays(10));
        assertThat(c.getState()).isEqualTo(CompensationState.CLAIM_CORRECTION);
    }

    private static ClaimLine line(long id, int no, String amount) {
        ClaimLine line = new ClaimLine(1L, no, "line " + no, new BigDecimal(amount));
        ReflectionTestUtils.setField(line, "id", id);
        return line;
    }

    private static ClaimInput claim() {
        return new ClaimInput(List.of(new ClaimInput.Expense("Зал", new BigDecimal("20000.00"))), "Пришли 40 человек", 40, 5);
    }
}
