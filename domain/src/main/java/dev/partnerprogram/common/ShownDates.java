package dev.partnerprogram.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a reader is shown days and deadlines, in pages and mails alike: a day as dd.MM.yyyy (in both languages), a deadline
 * in the program's time zone with the zone named, as the reader may be in another one.
 */
public final class ShownDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String DEADLINE = "dd.MM.yyyy HH:mm zzz";

    private ShownDates() {}

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }

    public static String deadline(Instant at, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern(DEADLINE, locale).format(at.atZone(zone));
    }
}
