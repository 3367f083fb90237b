package dev.partnerprogram.bench.engine;

import static dev.partnerprogram.processes.JointEventProcess.NOTICE_SUFFICIENT;
import static dev.partnerprogram.processes.PartnerApplicationProcess.BASIC_TRAINING_PASSED;
import static dev.partnerprogram.processes.PartnerApplicationProcess.PARTNER_ID;
import static dev.partnerprogram.processes.PartnerApplicationProcess.REVIEW_DUE_AT;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.SEAT_TAKEN;

import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The delegate beans of the BPMN models without the domain: each does only the engine work of the real one
 * (the variable a gateway reads, the message it correlates), so what is left to measure
 * is the engine itself. {@link Mocks} are per thread: every thread that drives the engine registers its own.
 */
public final class NoOpDelegates {

    /** What the real open-review delegate gives the managers in the default configuration (3 working days). */
    public static final Duration REVIEW_PERIOD = Duration.ofDays(3);
    public static final String REWORK_TIMEOUT = "P14D";
    /** The upgrade review's 5 working days of the default configuration, as calendar days. */
    public static final Duration UPGRADE_REVIEW_PERIOD = Duration.ofDays(7);

    private static final JavaDelegate NOTHING = execution -> { };

    private NoOpDelegates() {}

    /** Registers the no-ops for the calling thread; the training check finds no passed course, as for a new company. */
    public static void register() {
        Mocks.register("openReviewDelegate", (JavaDelegate) execution ->
                REVIEW_DUE_AT.set(execution, Date.from(ClockUtil.getCurrentTime().toInstant().plus(REVIEW_PERIOD))));
        Mocks.register("escalateOverdueReviewDelegate", NOTHING);
        Mocks.register("approveApplicationDelegate", NOTHING);
        Mocks.register("rejectApplicationDelegate", NOTHING);
        Mocks.register("requestReworkDelegate", NOTHING);
        Mocks.register("withdrawApplicationDelegate", NOTHING);
        Mocks.register("returnAgreementDelegate", NOTHING);
        Mocks.register("checkBasicTrainingDelegate", (JavaDelegate) execution ->
                BASIC_TRAINING_PASSED.set(execution, false));
        Mocks.register("requestBasicTrainingDelegate", NOTHING);
        Mocks.register("grantStatusDelegate", NOTHING);
        Mocks.register("reportBasicTrainingPassedDelegate", (JavaDelegate) execution ->
                execution.getProcessEngineServices().getRuntimeService()
                        .createMessageCorrelation(PartnerApplicationProcess.MESSAGE_BASIC_TRAINING_PASSED)
                        .processInstanceVariableEquals(PARTNER_ID.name(), PARTNER_ID.from(execution))
                        .correlateAllWithResult());
        Mocks.register("applicationTimers", new Timers());
        // Enrolments always find a seat, events are announced in time; the claim window's and the certificate's dates
        // come with the variables.
        Mocks.register("takeSessionSeatDelegate", (JavaDelegate) execution -> SEAT_TAKEN.set(execution, true));
        Mocks.register("checkEventNoticeDelegate", (JavaDelegate) execution -> NOTICE_SUFFICIENT.set(execution, true));
        Mocks.register("checkEligibilityDelegate", (JavaDelegate) execution -> StatusUpgradeProcess.ELIGIBLE.set(execution, true));
        Mocks.register("openUpgradeReviewDelegate", (JavaDelegate) execution -> StatusUpgradeProcess.REVIEW_DUE_AT.set(execution,
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(UPGRADE_REVIEW_PERIOD))));
        Mocks.register("requestUpgradeReworkDelegate", (JavaDelegate) execution -> StatusUpgradeProcess.REWORK_DUE_AT.set(execution,
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse(REWORK_TIMEOUT)))));
        for (String name : new String[] {"openCompensationReviewDelegate", "requestCompensationReworkDelegate",
                "awaitSecondApprovalDelegate", "approveCompensationDelegate", "requestPaymentDelegate",
                "announceExamDelegate", "issueCertificateDelegate", "remindCertificateExpiryDelegate",
                "openEventReviewDelegate", "proposeEventDateDelegate"}) {
            Mocks.register(name, NOTHING);
        }
        // The sales processes' routing (a conflict, the partner offered, the answering group and deadline) comes in
        // the variables their instances are started with, so these decide nothing here.
        for (String name : new String[] {"detectConflictsDelegate", "expireDealDelegate", "offerNextDelegate",
                "lapseOfferDelegate", "closeUnassignedDelegate", "routeRequestDelegate"}) {
            Mocks.register(name, NOTHING);
        }
    }

    /** The {@code applicationTimers} bean; the expression language needs a public class with a getter. */
    public static final class Timers {
        public String getReworkTimeout() {
            return REWORK_TIMEOUT;
        }
    }
}
