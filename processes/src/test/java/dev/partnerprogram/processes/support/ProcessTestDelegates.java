package dev.partnerprogram.processes.support;

import static dev.partnerprogram.processes.PartnerApplicationProcess.BASIC_TRAINING_PASSED;
import static dev.partnerprogram.processes.PartnerApplicationProcess.MESSAGE_BASIC_TRAINING_PASSED;
import static dev.partnerprogram.processes.PartnerApplicationProcess.PARTNER_ID;
import static dev.partnerprogram.processes.PartnerApplicationProcess.REVIEW_DUE_AT;

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
public final class ProcessTestDelegates {

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

    private boolean basicTrainingAlreadyPassed = true;
    private final List<Integer> correlatedApplications = new ArrayList<>();

    public static ProcessTestDelegates register() {
        ProcessTestDelegates delegates = new ProcessTestDelegates();
        Mocks.register("openReviewDelegate", delegates.openReview);
        Mocks.register("escalateOverdueReviewDelegate", delegates.escalateOverdueReview);
        Mocks.register("rejectApplicationDelegate", delegates.rejectApplication);
        Mocks.register("requestReworkDelegate", delegates.requestRework);
        Mocks.register("withdrawApplicationDelegate", delegates.withdrawApplication);
        Mocks.register("approveApplicationDelegate", delegates.approveApplication);
        Mocks.register("returnAgreementDelegate", delegates.returnAgreement);
        Mocks.register("checkBasicTrainingDelegate", delegates.checkBasicTraining);
        Mocks.register("requestBasicTrainingDelegate", delegates.requestBasicTraining);
        Mocks.register("grantStatusDelegate", delegates.grantStatus);
        Mocks.register("reportBasicTrainingPassedDelegate", delegates.reportBasicTrainingPassed);
        Mocks.register("applicationTimers", delegates.applicationTimers);
        return delegates;
    }

    /** What the training check will find when the agreement is confirmed. */
    public void basicTrainingAlreadyPassed(boolean passed) {
        this.basicTrainingAlreadyPassed = passed;
    }

    /** For each report the training process sent, how many waiting applications it reached. */
    public List<Integer> correlatedApplications() {
        return List.copyOf(correlatedApplications);
    }
}
