package dev.partnerprogram.workflow.agreement;

import static dev.partnerprogram.processes.PartnerAgreementProcess.PARTNER_ID;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerYearProcess;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code partner-agreement}: each calls one domain step; scheduling a term sets the moments its
 * timers wait for from the agreement's dates, at the start of each day in the program's time zone.
 */
@Configuration
class AgreementDelegates {

    @Bean
    JavaDelegate scheduleTermDelegate(AgreementService agreements, ProgramProperties properties) {
        ZoneId zone = ZoneId.of(properties.timeZone());
        return execution -> {
            var dates = agreements.termDates(PARTNER_ID.from(execution));
            PartnerAgreementProcess.RENEWAL_OPENS_AT.set(execution, startOf(dates.renewalOpensOn(), zone));
            PartnerAgreementProcess.SECOND_REMINDER_AT.set(execution, startOf(dates.secondReminderOn(), zone));
            PartnerAgreementProcess.TERM_ENDS_AT.set(execution, startOf(dates.termEndsOn(), zone));
            PartnerAgreementProcess.GRACE_ENDS_AT.set(execution, startOf(dates.graceEndsOn(), zone));
        };
    }

    /** Both reminders: the domain tells the days left. */
    @Bean
    JavaDelegate remindRenewalDelegate(AgreementService agreements) {
        return execution -> agreements.remind(PARTNER_ID.from(execution));
    }

    @Bean
    JavaDelegate confirmRenewalDelegate(AgreementService agreements) {
        return execution -> agreements.confirmRenewal(PARTNER_ID.from(execution));
    }

    @Bean
    JavaDelegate returnRenewalDelegate(AgreementService agreements) {
        return execution -> agreements.returnRenewal(PARTNER_ID.from(execution));
    }

    @Bean
    JavaDelegate suspendPartnerDelegate(AgreementService agreements) {
        return execution -> agreements.suspend(PARTNER_ID.from(execution));
    }

    /** The agreement ends for good, and with it the partner's years in the program. */
    @Bean
    JavaDelegate lapseAgreementDelegate(AgreementService agreements) {
        return execution -> {
            long partnerId = PARTNER_ID.from(execution);
            agreements.lapse(partnerId);
            correlate(execution, PartnerYearProcess.MESSAGE_PARTNER_LEFT_PROGRAM, partnerId);
        };
    }

    /**
     * The vendor's approved termination takes effect: the agreement ends, and with it its own process and the partner's
     * years in the program.
     */
    @Bean
    JavaDelegate terminateAgreementDelegate(AgreementService agreements) {
        return execution -> {
            long partnerId = PARTNER_ID.from(execution);
            agreements.terminate(partnerId);
            correlate(execution, PartnerAgreementProcess.MESSAGE_AGREEMENT_TERMINATED, partnerId);
            correlate(execution, PartnerYearProcess.MESSAGE_PARTNER_LEFT_PROGRAM, partnerId);
        };
    }

    /**
     * Delivers the message to the partner's processes, whose business key is the partner's id; each of these messages
     * is awaited by one process of the partner's alone.
     */
    private static void correlate(DelegateExecution execution, String message, long partnerId) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(Long.toString(partnerId)).correlateAll();
    }

    private static Date startOf(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
