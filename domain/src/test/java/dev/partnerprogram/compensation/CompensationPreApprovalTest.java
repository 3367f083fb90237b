package dev.partnerprogram.compensation;

import static dev.partnerprogram.compensation.CompensationFixture.BUDGET;
import static dev.partnerprogram.compensation.CompensationFixture.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.compensation.CompensationPreApproval.ReviewDecision;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.partner.PartnerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompensationPreApprovalTest {

    private final CompensationFixture fixture = new CompensationFixture();
    private final CompensationPreApproval preApproval = new CompensationPreApproval(fixture.steps, fixture.compensations,
            fixture.ledger, mock(PartnerService.class));

    @Test
    void theLastApproval_reservesTheAmountInTheApproversName_andOpensTheClaimWindow() {
        Compensation c = fixture.planned(1, CompensationState.SECOND_APPROVAL);
        c.recordFirstApproval("marketer");
        c.recordSecondApproval("manager");

        preApproval.approve(1);

        verify(fixture.ledger).reserve(BUDGET, PARTNER, 1, new BigDecimal("30000.00"), "manager");
        assertThat(c.getState()).isEqualTo(CompensationState.APPROVED);
        assertThat(c.getClaimDueOn()).isEqualTo(LocalDate.of(2027, 2, 21));
        verify(fixture.notifier).notifyPartner(eq(PARTNER), eq(MailTemplate.COMPENSATION_APPROVED), eq("compensation-1-approved"),
                any(Object[].class));
    }

    @Test
    void whoeverGaveTheFirstApproval_cannotGiveTheSecond() {
        Compensation c = fixture.planned(2, CompensationState.SECOND_APPROVAL);
        c.recordFirstApproval("marketer");

        assertThatThrownBy(() -> preApproval.recordSecondDecision(2, ReviewDecision.APPROVE, null, "marketer"))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("forbidden.compensation.fourEyes"));
        assertThat(c.getSecondApprover()).isNull();
        verifyNoInteractions(fixture.history);
    }

    @Test
    void anApprovalTheBudgetCannotCover_isRefusedNow_notWhenTheMoneyIsReserved() {
        fixture.planned(3, CompensationState.IN_REVIEW);
        fixture.budgetHas("29999.99");

        assertThatThrownBy(() -> preApproval.recordReviewDecision(3, ReviewDecision.APPROVE, null, "marketer"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.compensation.budgetShort"));
        verifyNoInteractions(fixture.history);
    }

    @Test
    void aDecisionInAStateThatAllowsNone_isAConflict() {
        fixture.planned(4, CompensationState.APPROVED);

        assertThatThrownBy(() -> preApproval.recordReviewDecision(4, ReviewDecision.REJECT, "no", "marketer"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("conflict.compensation.stepNotPossible"));
    }

    @Test
    void onceTheActivityHasStarted_itCanNoLongerBeCancelled() {
        fixture.held(5, CompensationState.APPROVED);

        assertThatThrownBy(() -> preApproval.cancel(5, "partner"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.compensation.activityStarted"));
        verify(fixture.ledger, never()).releaseRemaining(anyLong(), anyLong(), anyLong(), anyString(), anyString());
    }

    @Test
    void aClaimedCompensation_isNotCancellable() {
        fixture.planned(6, CompensationState.CLAIM_REVIEW);

        assertThatThrownBy(() -> preApproval.checkCancellable(6))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.compensation.notCancellable"));
    }

    @Test
    void aCancellationBeforeTheActivity_givesTheReservationBack() {
        Compensation c = fixture.planned(7, CompensationState.APPROVED);

        preApproval.cancel(7, "partner");

        verify(fixture.ledger).releaseRemaining(BUDGET, PARTNER, 7, "partner", "cancelled before the activity");
        assertThat(c.getState()).isEqualTo(CompensationState.CANCELLED);
    }
}
