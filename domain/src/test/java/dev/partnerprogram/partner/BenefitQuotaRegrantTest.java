package dev.partnerprogram.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.ConflictException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Quotas counted in several units at once, and a quota whose tier changed within its period. */
class BenefitQuotaRegrantTest {

    private final BenefitQuota hours = new BenefitQuota(1L, QuotaKind.CONSULTATION_HOURS, LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), 5);

    @Test
    void severalUnitsAreTakenTogether_orNoneWhenTooFewAreLeft() {
        hours.take(4);

        assertThatThrownBy(() -> hours.take(2)).isInstanceOf(ConflictException.class).hasMessageContaining("Only 1 of 5");
        assertThat(hours.left()).isEqualTo(1);
        hours.giveBack(3);
        assertThat(hours.left()).isEqualTo(4);
    }

    @Test
    void aHigherTierGrantsItsNumberLessWhatIsUsed_aLowerOneNeverLeavesADebt() {
        hours.take(3);

        hours.regrant(10);
        assertThat(hours.left()).isEqualTo(7);
        hours.regrant(2);
        assertThat(hours.getGranted()).isEqualTo(3);
        assertThat(hours.left()).isZero();
    }
}
