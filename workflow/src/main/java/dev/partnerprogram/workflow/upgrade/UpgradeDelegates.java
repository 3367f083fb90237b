package dev.partnerprogram.workflow.upgrade;

import static dev.partnerprogram.processes.StatusUpgradeProcess.APPLICATION_ID;
import static dev.partnerprogram.processes.StatusUpgradeProcess.REVIEW_DUE_AT;
import static dev.partnerprogram.processes.StatusUpgradeProcess.REWORK_DUE_AT;

import dev.partnerprogram.application.ApplicationEvent;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.WorkingCalendar;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.upgrade.UpgradeService;
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
        return execution -> {
            applications.openReview(APPLICATION_ID.from(execution));
            var due = calendar.addWorkingDays(clock.instant().atZone(calendar.zone()), properties.upgrade().reviewWorkingDays());
            REVIEW_DUE_AT.set(execution, Date.from(due.toInstant()));
        };
    }

    @Bean
    JavaDelegate escalateUpgradeReviewDelegate(ApplicationService applications) {
        return execution -> applications.flagReviewOverdue(APPLICATION_ID.from(execution),
                REVIEW_DUE_AT.from(execution).toInstant().toString());
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
        return execution -> {
            long id = APPLICATION_ID.from(execution);
            if (StatusUpgradeProcess.SERVICE_WITHDRAW_UPGRADE_AFTER_TIMEOUT.equals(execution.getCurrentActivityId())) {
                applications.withdraw(id, ApplicationEvent.SYSTEM,
                        "no answer to the rework request within " + properties.upgrade().reworkTimeout());
            } else {
                Object by = execution.getVariable(StatusUpgradeProcess.WITHDRAWN_BY.name());
                applications.withdraw(id, by == null ? ApplicationEvent.SYSTEM : by.toString(), "withdrawn by the partner");
            }
        };
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
