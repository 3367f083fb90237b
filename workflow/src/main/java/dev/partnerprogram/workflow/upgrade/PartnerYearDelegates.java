package dev.partnerprogram.workflow.upgrade;

import static dev.partnerprogram.processes.PartnerYearProcess.PARTNER_ID;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.upgrade.PartnerYearService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code partner-year}: each calls one domain step and sets the moments the year's timers wait
 * for from the partner's dates (the quarter's start, the review, the year's end).
 */
@Configuration
class PartnerYearDelegates {

    @Bean
    JavaDelegate openPartnerYearDelegate(PartnerYearService years, UpgradeCalendar calendar) {
        return execution -> yearTimers(execution, years, calendar);
    }

    @Bean
    JavaDelegate setQuarterDiscountDelegate(PartnerYearService years, UpgradeCalendar calendar) {
        return execution -> {
            long partnerId = PARTNER_ID.from(execution);
            years.setQuarterDiscount(partnerId);
            PartnerYearProcess.NEXT_QUARTER_AT.set(execution, calendar.startOf(years.dates(partnerId).nextQuarterStart()));
        };
    }

    /** The decision is due when the notice before the next year's start would otherwise be too short. */
    @Bean
    JavaDelegate reviewTierDelegate(PartnerYearService years, UpgradeCalendar calendar, ProgramProperties properties) {
        return execution -> {
            long partnerId = PARTNER_ID.from(execution);
            PartnerYearProcess.TIER_MET.set(execution, years.reviewTier(partnerId));
            var dates = years.dates(partnerId);
            PartnerYearProcess.DECISION_DUE_AT.set(execution, calendar.startOf(dates.yearEnd().plusDays(1)
                    .minus(properties.upgrade().demotionNotice())));
        };
    }

    @Bean
    JavaDelegate closePartnerYearDelegate(PartnerYearService years, UpgradeCalendar calendar) {
        return execution -> {
            years.closeYear(PARTNER_ID.from(execution));
            yearTimers(execution, years, calendar);
        };
    }

    private static void yearTimers(DelegateExecution execution, PartnerYearService years, UpgradeCalendar calendar) {
        var dates = years.dates(PARTNER_ID.from(execution));
        PartnerYearProcess.YEAR_END_AT.set(execution, calendar.startOf(dates.yearEnd().plusDays(1)));
        PartnerYearProcess.REVIEW_AT.set(execution, calendar.startOf(dates.reviewOn()));
    }
}
