package dev.partnerprogram.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.partner.PartnerStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardFilterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void withoutParameters_theDefaultPeriodEndsToday() {
        assertThat(DashboardFilter.of(null, "", null, null, TODAY, 90))
                .isEqualTo(new DashboardFilter(TODAY.minusDays(90), TODAY, null, null));
    }

    @Test
    void aPeriodRegionAndTier() {
        assertThat(DashboardFilter.of("2026-01-01", "2026-03-31", " Москва ", "certified", TODAY, 90))
                .isEqualTo(new DashboardFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "Москва", PartnerStatus.CERTIFIED));
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> DashboardFilter.of("2026-13-01", "yesterday", null, "PLATINUM", TODAY, 90))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.FieldViolation::field).containsExactlyInAnyOrder("from", "to", "tier"));
        assertThatThrownBy(() -> DashboardFilter.of("2026-03-01", "2026-01-01", null, null, TODAY, 90))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> DashboardFilter.of("2015-01-01", "2026-01-01", null, null, TODAY, 90))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("five years");
    }
}
