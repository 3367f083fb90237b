package dev.partnerprogram.web.dashboard;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.DashboardFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Dashboard filters from request parameters, with the configured default period ending today. */
@Component
public class DashboardFilters {
    private final Clock clock;
    private final ZoneId zone;
    private final int defaultDays;

    DashboardFilters(Clock clock, ProgramProperties properties) {
        this.clock = clock;
        this.zone = ZoneId.of(properties.timeZone());
        this.defaultDays = properties.dashboard().defaultPeriodDays();
    }

    public DashboardFilter of(String from, String to, String region, String tier) {
        return DashboardFilter.of(from, to, region, tier, LocalDate.now(clock.withZone(zone)), defaultDays);
    }
}
