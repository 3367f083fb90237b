package dev.partnerprogram.workflow.certification;

import static dev.partnerprogram.processes.SpecialistCertificationProcess.CERTIFICATE_EXPIRES_AT;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.CERTIFICATE_ID;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.EXAM_ID;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.FIRST_REMINDER_AT;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.SECOND_REMINDER_AT;

import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.certification.DesignationService;
import dev.partnerprogram.certification.SpecialistCertificate;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.PartnerService.DesignationGrant;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.workflow.training.TrainingCalendar;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code specialist-certification} and {@code designation-certification}. */
@Configuration
class CertificationDelegates {

    @Bean
    JavaDelegate rejectExamRegistrationDelegate(CertificationService certification) {
        return execution -> certification.rejectRegistration(EXAM_ID.from(execution));
    }

    @Bean
    JavaDelegate announceExamDelegate(CertificationService certification) {
        return execution -> certification.announce(EXAM_ID.from(execution));
    }

    @Bean
    JavaDelegate reportExamFailedDelegate(CertificationService certification) {
        return execution -> certification.reportFailure(EXAM_ID.from(execution));
    }

    /** Issues the certificate and sets the timers of its validity: two reminders and the expiry. */
    @Bean
    JavaDelegate issueCertificateDelegate(CertificationService certification, TrainingCalendar calendar, ProgramProperties properties) {
        return execution -> {
            SpecialistCertificate certificate = certification.issueCertificate(EXAM_ID.from(execution));
            CERTIFICATE_ID.set(execution, certificate.getId());
            FIRST_REMINDER_AT.set(execution, calendar.reminderBefore(certificate.getValidUntil(),
                    properties.certification().firstReminderBefore()));
            SECOND_REMINDER_AT.set(execution, calendar.reminderBefore(certificate.getValidUntil(),
                    properties.certification().secondReminderBefore()));
            CERTIFICATE_EXPIRES_AT.set(execution, calendar.endOf(certificate.getValidUntil()));
        };
    }

    @Bean
    JavaDelegate remindCertificateExpiryDelegate(CertificationService certification) {
        return execution -> certification.remindExpiry(CERTIFICATE_ID.from(execution), execution.getCurrentActivityId());
    }

    @Bean
    JavaDelegate expireCertificateDelegate(CertificationService certification) {
        return execution -> certification.expire(CERTIFICATE_ID.from(execution));
    }

    @Bean
    JavaDelegate checkDesignationRequirementsDelegate(DesignationService designations) {
        return execution -> DesignationCertificationProcess.REQUIREMENTS_MET.set(execution,
                designations.checkRequirements(DesignationCertificationProcess.APPLICATION_ID.from(execution)));
    }

    @Bean
    JavaDelegate refuseDesignationDelegate(DesignationService designations) {
        return execution -> designations.refuse(DesignationCertificationProcess.APPLICATION_ID.from(execution));
    }

    /**
     * Grants (or renews) the designation and sets the timers of its validity. A renewal ends the validity period of
     * the application that granted the designation before, so it neither reminds nor expires it again.
     */
    @Bean
    JavaDelegate grantDesignationDelegate(DesignationService designations, TrainingCalendar calendar, ProgramProperties properties) {
        return execution -> {
            DesignationGrant grant = designations.grant(DesignationCertificationProcess.APPLICATION_ID.from(execution));
            var designation = grant.designation();
            DesignationCertificationProcess.DESIGNATION_ID.set(execution, designation.getId());
            DesignationCertificationProcess.RENEWAL_REMINDER_AT.set(execution, calendar.reminderBefore(designation.getValidUntil(),
                    properties.designations().renewalReminderBefore()));
            DesignationCertificationProcess.DESIGNATION_EXPIRES_AT.set(execution, calendar.endOf(designation.getValidUntil()));
            if (grant.renewedApplicationId() != null) {
                execution.getProcessEngineServices().getRuntimeService()
                        .createMessageCorrelation(DesignationCertificationProcess.MESSAGE_DESIGNATION_RENEWED)
                        .processInstanceBusinessKey(grant.renewedApplicationId().toString())
                        .correlateAllWithResult();
            }
        };
    }

    @Bean
    JavaDelegate remindDesignationRenewalDelegate(DesignationService designations) {
        return execution -> designations.remindRenewal(DesignationCertificationProcess.DESIGNATION_ID.from(execution));
    }

    @Bean
    JavaDelegate expireDesignationDelegate(DesignationService designations) {
        return execution -> designations.expire(DesignationCertificationProcess.DESIGNATION_ID.from(execution));
    }
}
