package dev.partnerprogram.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BenefitQuotaTest {
    private static final LocalDate START = LocalDate.parse("2026-03-01");

    private static BenefitQuota seats(int granted) {
        return new BenefitQuota(1L, QuotaKind.FREE_TRAINING_SEATS, START, START.plusYears(1).minusDays(1), granted);
    }

    @Test
    void takingTheLastSeat_leavesNone_andAnotherTakeIsAConflict() {
        BenefitQuota quota = seats(1);

        quota.take();

        assertThat(quota.left()).isZero();
        assertThatThrownBy(quota::take).isInstanceOf(ConflictException.class);
        assertThat(quota.getUsed()).isEqualTo(1);
    }

    @Test
    void aSeatGivenBack_canBeTakenAgain_butUsedNeverGoesBelowZero() {
        BenefitQuota quota = seats(2);
        quota.take();

        quota.giveBack();
        quota.giveBack();

        assertThat(quota.getUsed()).isZero();
        assertThat(quota.left()).isEqualTo(2);
    }

    @Test
    void expiry_countsTheUnusedSeatsOnce_andLeavesNothing() {
        BenefitQuota quota = seats(3);
        quota.take();

        assertThat(quota.expire(Instant.parse("2027-03-01T00:00:00Z"))).isEqualTo(2);
        quota.giveBack();

        assertThat(quota.left()).isZero();
        assertThat(quota.expire(Instant.parse("2027-03-02T00:00:00Z"))).isEqualTo(2);
        assertThat(quota.getExpired()).isEqualTo(2);
    }
}
