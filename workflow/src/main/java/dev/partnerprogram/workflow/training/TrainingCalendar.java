package dev.partnerprogram.workflow.training;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.training.CourseSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Turns the program's dates into the instants the models' timers wait for: sessions begin and end at configured
 * times of day in the program's time zone; something valid "until" a date lapses when that day is over.
 */
@Component
public class TrainingCalendar {
    private final ProgramProperties properties;
    private final ZoneId zone;

    public TrainingCalendar(ProgramProperties properties) {
        this.properties = properties;
        this.zone = ZoneId.of(properties.timeZone());
    }

    public ZonedDateTime sessionStarts(CourseSession session) {
        return session.getStartDate().atTime(properties.training().sessionStartTime()).atZone(zone);
    }

    public Date reminderAt(CourseSession session) {
        return Date.from(sessionStarts(session).minus(properties.training().remindBeforeSession()).toInstant());
    }

    public Date resultDueAt(CourseSession session) {
        return Date.from(session.getEndDate().atTime(properties.training().sessionEndTime()).atZone(zone)
                .plus(properties.training().resultOverdueAfter()).toInstant());
    }

    /** Exams start when sessions do. */
    public Date examAt(LocalDate examDate) {
        return Date.from(examDate.atTime(properties.training().sessionStartTime()).atZone(zone).toInstant());
    }

    /** The first moment after {@code lastValidDay}. */
    public Date endOf(LocalDate lastValidDay) {
        return Date.from(lastValidDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A reminder {@code before} the end of validity, sent in working hours. */
    public Date reminderBefore(LocalDate lastValidDay, java.time.Period before) {
        return Date.from(lastValidDay.minus(before).atTime(properties.training().sessionStartTime()).atZone(zone).toInstant());
    }

    public static Date toDate(ZonedDateTime at) {
        return Date.from(at.toInstant());
    }
}
