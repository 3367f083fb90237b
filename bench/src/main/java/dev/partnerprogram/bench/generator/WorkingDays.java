package dev.partnerprogram.bench.generator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Deadlines in working days as the application's calendar counts them, weekends skipped; the generated data leaves
 * public holidays out, which moves a few deadlines by a day and no figure the benchmark times.
 */
final class WorkingDays {

    private WorkingDays() {}

    /** The moment {@code days} working days after {@code at}, at the same time of day, in the program's zone. */
    static long after(long at, int days) {
        ZonedDateTime t = Instant.ofEpochMilli(at).atZone(DataGenerator.PROGRAM_ZONE);
        int left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return t.toInstant().toEpochMilli();
    }
}
