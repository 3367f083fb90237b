package dev.partnerprogram.processes.support;

import static dev.partnerprogram.processes.PartnerApplicationProcess.BASIC_TRAINING_PASSED;
import static dev.partnerprogram.processes.PartnerApplicationProcess.MESSAGE_BASIC_TRAINING_PASSED;
import static dev.partnerprogram.processes.PartnerApplicationProcess.PARTNER_ID;
import static dev.partnerprogram.processes.PartnerApplicationProcess.REVIEW_DUE_AT;

import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * One recording delegate for every delegate bean the models name, registered under the bean name the BPMN's
 * {@code camunda:delegateExpression} uses. A fresh instance per test keeps the recordings independent.
 */
public final class ProcessTestDelegates extends RecordingDelegates {

    /** How long the stand-in open-review delegate gives the managers; any future instant would do. */
    public static final Duration REVIEW_PERIOD = Duration.ofDays(3);

    public final RecordingDelegate openReview = new RecordingDelegate(execution ->
            REVIEW_DUE_AT.set(execution, Date.from(ClockUtil.getCurrentTime().toInstant().plus(REVIEW_PERIOD))));
    public final RecordingDelegate escalateOverdueReview = new RecordingDelegate();
    public final RecordingDelegate rejectApplication = new RecordingDelegate();
    public final RecordingDelegate requestRework = new RecordingDelegate();
    public final RecordingDelegate withdrawApplication = new RecordingDelegate();
    public final RecordingDelegate approveApplication = new RecordingDelegate();
    public final RecordingDelegate returnAgreement = new RecordingDelegate();
    public final RecordingDelegate checkBasicTraining = new RecordingDelegate(execution ->
            BASIC_TRAINING_PASSED.set(execution, this.basicTrainingAlreadyPassed));
    public final RecordingDelegate requestBasicTraining = new RecordingDelegate();
    public final RecordingDelegate grantStatus = new RecordingDelegate();
    public final RecordingDelegate reportBasicTrainingPassed = new RecordingDelegate(execution -> {
        // Mirrors the real delegate: wake every application of this partner that waits for the result.
        List<MessageCorrelationResult> results = execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE_BASIC_TRAINING_PASSED)
                .processInstanceVariableEquals(PARTNER_ID.name(), PARTNER_ID.from(execution))
                .correlateAllWithResult();
        this.correlatedApplications.add(results.size());
    });

    public final ApplicationTimers applicationTimers = new ApplicationTimers();

    // training-enrollment
    public final RecordingDelegate takeSessionSeat = new RecordingDelegate(execution ->
            TrainingEnrollmentProcess.SEAT_TAKEN.set(execution, this.sessionSeats.isEmpty() || this.sessionSeats.remove(0)));
    public final RecordingDelegate rejectEnrollment = new RecordingDelegate();
    public final RecordingDelegate expireEnrollment = new RecordingDelegate();
    public final RecordingDelegate remindParticipant = new RecordingDelegate();
    public final RecordingDelegate escalateResultOverdue = new RecordingDelegate();
    public final RecordingDelegate cancelEnrollment = new RecordingDelegate();

    // free-training-seats
    public final RecordingDelegate expireFreeSeats = new RecordingDelegate();

    // specialist-certification: the certificate is valid for CERTIFICATE_VALIDITY from the moment it is issued
    public static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(730);
    public static final Duration FIRST_REMINDER_BEFORE = Duration.ofDays(60);
    public static final Duration SECOND_REMINDER_BEFORE = Duration.ofDays(14);
    public static final long CERTIFICATE = 501L;
    public final RecordingDelegate rejectExamRegistration = new RecordingDelegate();
    public final RecordingDelegate announceExam = new RecordingDelegate();
    public final RecordingDelegate reportExamFailed = new RecordingDelegate();
    public final RecordingDelegate issueCertificate = new RecordingDelegate(execution -> {
        var expires = ClockUtil.getCurrentTime().toInstant().plus(CERTIFICATE_VALIDITY);
        SpecialistCertificationProcess.CERTIFICATE_ID.set(execution, CERTIFICATE);
        SpecialistCertificationProcess.FIRST_REMINDER_AT.set(execution, Date.from(expires.minus(FIRST_REMINDER_BEFORE)));
        SpecialistCertificationProcess.SECOND_REMINDER_AT.set(execution, Date.from(expires.minus(SECOND_REMINDER_BEFORE)));
        SpecialistCertificationProcess.CERTIFICATE_EXPIRES_AT.set(execution, Date.from(expires));
    });
    public final RecordingDelegate remindCertificateExpiry = new RecordingDelegate();
    public final RecordingDelegate expireCertificate = new RecordingDelegate();

    // designation-certification: a designation is valid for DESIGNATION_VALIDITY from the grant
    public static final Duration DESIGNATION_VALIDITY = Duration.ofDays(365);
    public static final Duration RENEWAL_REMINDER_BEFORE = Duration.ofDays(30);
    public static final long DESIGNATION = 601L;
    public final RecordingDelegate checkDesignationRequirements = new RecordingDelegate(execution ->
            DesignationCertificationProcess.REQUIREMENTS_MET.set(execution, this.requirementsMet));
    public final RecordingDelegate refuseDesignation = new RecordingDelegate();
    public final RecordingDelegate grantDesignation = new RecordingDelegate(execution -> {
        var expires = ClockUtil.getCurrentTime().toInstant().plus(DESIGNATION_VALIDITY);
        DesignationCertificationProcess.DESIGNATION_ID.set(execution, DESIGNATION);
        DesignationCertificationProcess.RENEWAL_REMINDER_AT.set(execution, Date.from(expires.minus(RENEWAL_REMINDER_BEFORE)));
        DesignationCertificationProcess.DESIGNATION_EXPIRES_AT.set(execution, Date.from(expires));
    });
    public final RecordingDelegate remindDesignationRenewal = new RecordingDelegate();
    public final RecordingDelegate expireDesignation = new RecordingDelegate();

    private boolean basicTrainingAlreadyPassed = true;
    private boolean requirementsMet = true;
    private final List<Boolean> sessionSeats = new ArrayList<>();
    private final List<Integer> correlatedApplications = new ArrayList<>();

    public static ProcessTestDelegates register() {
        ProcessTestDelegates delegates = new ProcessTestDelegates();
        delegates.registerAll();
        Mocks.register("applicationTimers", delegates.applicationTimers);
        return delegates;
    }

    /** What the next attempts to take a session seat find, in order; once the list is used up, a seat is free. */
    public void sessionSeats(Boolean... seatFree) {
        sessionSeats.addAll(List.of(seatFree));
    }

    /** What the rules' check of a designation application finds. */
    public void requirementsMet(boolean met) {
        this.requirementsMet = met;
    }

    /** What the training check will find when the agreement is confirmed. */
    public void basicTrainingAlreadyPassed(boolean passed) {
        this.basicTrainingAlreadyPassed = passed;
    }

    /** For each basic-course pass the training process reported, how many waiting applications it reached. */
    public List<Integer> correlatedApplications() {
        return List.copyOf(correlatedApplications);
    }
}
