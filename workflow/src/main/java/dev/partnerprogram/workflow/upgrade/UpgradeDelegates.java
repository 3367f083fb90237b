package dev.partnerprogram.workflow.upgrade;

import static dev.partnerprogram.processes.StatusUpgradeProcess.APPLICATION_ID;
import static dev.partnerprogram.processes.StatusUpgradeProcess.REWORK_DUE_AT;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.WorkingCalendar;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.upgrade.UpgradeService;
import dev.partnerprogram.workflow.application.ReviewSteps;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code status-upgrade}: each reads the application id from the execution and calls one domain
 * step; the deadlines the timers wait for come from configuration.
 */
@Configuration
class UpgradeDelegates {

    @Bean
    JavaDelegate checkEligibilityDelegate(UpgradeService upgrades) {
        return execution -> StatusUpgradeProcess.ELIGIBLE.set(execution, upgrades.checkEligibility(APPLICATION_ID.from(execution)));
    }

    @Bean
    JavaDelegate rejectNotEligibleDelegate(UpgradeService upgrades) {
        return execution -> upgrades.rejectNotEligible(APPLICATION_ID.from(execution));
    }

    /** Opens the review (again, after rework) with its deadline in working days. */
    @Bean
    JavaDelegate openUpgradeReviewDelegate(ApplicationService applications, WorkingCalendar calendar, ProgramProperties properties,
                                           Clock clock) {
        return ReviewSteps.openReview(applications, calendar, clock, () -> properties.upgrade().reviewWorkingDays());
    }

    @Bean
    JavaDelegate escalateUpgradeReviewDelegate(ApplicationService applications) {
        return ReviewSteps.escalateOverdueReview(applications);
    }

    @Bean
    JavaDelegate rejectUpgradeDelegate(ApplicationService applications) {
        return execution -> applications.reject(APPLICATION_ID.from(execution));
    }

    @Bean
    JavaDelegate requestUpgradeReworkDelegate(ApplicationService applications, UpgradeCalendar calendar, ProgramProperties properties,
                                              Clock clock) {
        return execution -> {
            applications.requestRework(APPLICATION_ID.from(execution));
            REWORK_DUE_AT.set(execution, Date.from(clock.instant().atZone(calendar.zone())
                    .plus(properties.upgrade().reworkTimeout()).toInstant()));
        };
    }

    @Bean
    JavaDelegate withdrawUpgradeDelegate(ApplicationService applications, ProgramProperties properties) {
        return ReviewSteps.withdraw(applications, StatusUpgradeProcess.SERVICE_WITHDRAW_UPGRADE_AFTER_TIMEOUT,
                () -> properties.upgrade().reworkTimeout(), StatusUpgradeProcess.WITHDRAWN_BY);
    }

    /** The committee's size comes from configuration; its decision flags start unset, the votes set them. */
    @Bean
    JavaDelegate openCommitteeDelegate(UpgradeService upgrades, ProgramProperties properties) {
        return execution -> {
            upgrades.openCommittee(APPLICATION_ID.from(execution));
            StatusUpgradeProcess.COMMITTEE_SIZE.set(execution, (long) properties.upgrade().committeeSize());
            StatusUpgradeProcess.COMMITTEE_DECIDED.set(execution, false);
            StatusUpgradeProcess.COMMITTEE_APPROVED.set(execution, false);
        };
    }

    @Bean
    JavaDelegate committeeRejectsDelegate(UpgradeService upgrades) {
        return execution -> upgrades.committeeRejects(APPLICATION_ID.from(execution));
    }

    @Bean
    JavaDelegate grantUpgradeDelegate(UpgradeService upgrades) {
        return execution -> upgrades.grant(APPLICATION_ID.from(execution));
    }
}
