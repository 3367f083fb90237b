package dev.partnerprogram.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/** Counts working days: weekends and the configured public holidays do not count. */
public class WorkingCalendar {
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public WorkingCalendar(Set<LocalDate> holidays, ZoneId zone) {
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The same time of day, {@code days} working days later; a start on a day off counts from the next working day. */
    public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        ZonedDateTime at = start.withZoneSameInstant(zone);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (isWorkingDay(at.toLocalDate())) {
                left--;
            }
        }
        return at;
    }

    public ZoneId zone() {
        return zone;
    }
}
