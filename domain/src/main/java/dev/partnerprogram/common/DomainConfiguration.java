package dev.partnerprogram.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ProgramProperties.class)
public class DomainConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    WorkingCalendar workingCalendar(ProgramProperties properties) {
        var holidays = properties.holidays() == null ? new HashSet<LocalDate>() : new HashSet<>(properties.holidays());
        return new WorkingCalendar(holidays, ZoneId.of(properties.timeZone()));
    }
}
