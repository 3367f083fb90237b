package dev.partnerprogram.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aDayBelongsToItsCalendarQuarter() {
        assertThat(Quarter.of(LocalDate.of(2026, 1, 1))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 11, 27))).isEqualTo(new Quarter(2026, 4));
    }

    @Test
    void quartersRunAcrossTheYearsEnd() {
        Quarter q4 = new Quarter(2026, 4);
        assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q4.next()).isEqualTo(new Quarter(2027, 1));
        assertThat(q4.next().previous()).isEqualTo(q4);
        assertThat(new Quarter(2027, 1).previous().previous().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(new Quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(q4).hasToString("2026-Q4");
    }

    @Test
    void tiersGoUpAndDownOneStep() {
        assertThat(PartnerStatus.AUTHORIZED.next()).contains(PartnerStatus.CERTIFIED);
        assertThat(PartnerStatus.GENERAL.next()).isEmpty();
        assertThat(PartnerStatus.GENERAL.lower()).contains(PartnerStatus.CERTIFIED);
        assertThat(PartnerStatus.AUTHORIZED.lower()).isEmpty();
        assertThat(PartnerStatus.APPLICANT.lower()).isEmpty();
    }
}
