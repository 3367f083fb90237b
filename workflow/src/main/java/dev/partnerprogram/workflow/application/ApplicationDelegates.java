package dev.partnerprogram.workflow.application;

import static dev.partnerprogram.processes.PartnerApplicationProcess.APPLICATION_ID;
import static dev.partnerprogram.processes.PartnerApplicationProcess.BASIC_TRAINING_PASSED;
import static dev.partnerprogram.processes.PartnerApplicationProcess.PARTNER_ID;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.WorkingCalendar;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.ProcessVariable;
import dev.partnerprogram.training.BasicTrainingService;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code partner-application}: each reads the application id from the execution and calls
 * one domain step. The rules live in the domain services.
 */
@Configuration
class ApplicationDelegates {

    /** Set by the withdraw message, so the audit trail names the partner user who withdrew. */
    static final ProcessVariable<String> WITHDRAWN_BY = ProcessVariable.stringVariable("withdrawnBy");

    @Bean
    JavaDelegate openReviewDelegate(ApplicationService applications, WorkingCalendar calendar, ProgramProperties properties, Clock clock) {
        return ReviewSteps.openReview(applications, calendar, clock, () -> properties.application().reviewWorkingDays());
    }

    @Bean
    JavaDelegate escalateOverdueReviewDelegate(ApplicationService applications) {
        return ReviewSteps.escalateOverdueReview(applications);
    }

    @Bean
    JavaDelegate approveApplicationDelegate(ApplicationService applications) {
        return execution -> applications.approveReview(APPLICATION_ID.from(execution));
    }

    @Bean
    JavaDelegate rejectApplicationDelegate(ApplicationService applications) {
        return execution -> applications.reject(APPLICATION_ID.from(execution));
    }

    @Bean
    JavaDelegate requestReworkDelegate(ApplicationService applications) {
        return execution -> applications.requestRework(APPLICATION_ID.from(execution));
    }

    @Bean
    JavaDelegate withdrawApplicationDelegate(ApplicationService applications, ProgramProperties properties) {
        return ReviewSteps.withdraw(applications, PartnerApplicationProcess.SERVICE_WITHDRAW_AFTER_TIMEOUT,
                () -> properties.application().reworkTimeout(), WITHDRAWN_BY);
    }

    @Bean
    JavaDelegate returnAgreementDelegate(ApplicationService applications) {
        return execution -> applications.returnAgreement(APPLICATION_ID.from(execution));
    }

    @Bean
    JavaDelegate checkBasicTrainingDelegate(ApplicationService applications, BasicTrainingService training) {
        return execution -> {
            applications.awaitBasicTraining(APPLICATION_ID.from(execution));
            BASIC_TRAINING_PASSED.set(execution, training.hasPassed(PARTNER_ID.from(execution)));
        };
    }

    /** The application waits for a pass of the basic course; the partner enrols an employee in a session for it. */
    @Bean
    JavaDelegate requestBasicTrainingDelegate(ApplicationService applications) {
        return execution -> applications.requestBasicTraining(APPLICATION_ID.from(execution));
    }

    @Bean
    JavaDelegate grantStatusDelegate(PartnerService partners) {
        return execution -> partners.grantAuthorized(APPLICATION_ID.from(execution));
    }
}
