package dev.partnerprogram.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 31)), MOSCOW);

    @Test
    void threeWorkingDaysFromThursday_endOnTuesday() {
        var thursday = ZonedDateTime.of(2026, 11, 26, 10, 30, 0, 0, MOSCOW);
        assertThat(calendar.addWorkingDays(thursday, 3)).isEqualTo(ZonedDateTime.of(2026, 12, 1, 10, 30, 0, 0, MOSCOW));
    }

    @Test
    void holidaysDoNotCount() {
        var tuesday = ZonedDateTime.of(2026, 12, 29, 9, 0, 0, 0, MOSCOW);
        // Wednesday 30th counts, Thursday 31st is a holiday, Friday 1st counts, then the weekend, then Monday.
        assertThat(calendar.addWorkingDays(tuesday, 3).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aStartOnTheWeekend_countsFromMonday() {
        var saturday = ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, MOSCOW);
        assertThat(calendar.addWorkingDays(saturday, 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
