package dev.partnerprogram.partner;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A calendar quarter: payments are counted and the additional discount is set by quarter. */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
