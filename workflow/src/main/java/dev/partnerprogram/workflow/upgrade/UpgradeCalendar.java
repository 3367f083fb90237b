package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.common.ProgramProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Turns the partner year's days into the instants its timers wait for, in the program's time zone. */
@Component
class UpgradeCalendar {
    private final ZoneId zone;

    UpgradeCalendar(ProgramProperties properties) {
        this.zone = ZoneId.of(properties.timeZone());
    }

    /** The first moment of the day. */
    Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    ZoneId zone() {
        return zone;
    }
}
