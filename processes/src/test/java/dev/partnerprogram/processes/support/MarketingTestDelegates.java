package dev.partnerprogram.processes.support;

import static dev.partnerprogram.processes.JointEventProcess.EVENT_REMINDER_AT;
import static dev.partnerprogram.processes.JointEventProcess.NOTICE_SUFFICIENT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_DUE_AT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_REMINDER_AT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Recording stand-ins for the delegate beans of {@code marketing-compensation} and {@code joint-event}. The ones the
 * timers depend on set the deadlines the real delegates read from the domain.
 */
public final class MarketingTestDelegates extends RecordingDelegates {

    /** The claim window after approval in these tests: the activity ends, then the configured 30 days pass. */
    public static final Duration CLAIM_PERIOD = Duration.ofDays(40);
    public static final Duration REMINDER_BEFORE = Duration.ofDays(7);
    public static final Duration CORRECTION_PERIOD = Duration.ofDays(14);
    public static final Duration EVENT_REMINDER_IN = Duration.ofDays(30);

    public final RecordingDelegate openCompensationReview = new RecordingDelegate();
    public final RecordingDelegate rejectCompensation = new RecordingDelegate();
    public final RecordingDelegate requestCompensationRework = new RecordingDelegate();
    public final RecordingDelegate awaitSecondApproval = new RecordingDelegate();
    public final RecordingDelegate approveCompensation = new RecordingDelegate(execution -> setClaimDeadline(execution, CLAIM_PERIOD));
    public final RecordingDelegate remindClaim = new RecordingDelegate();
    public final RecordingDelegate lapseCompensation = new RecordingDelegate();
    public final RecordingDelegate returnClaim = new RecordingDelegate(execution -> setClaimDeadline(execution, CORRECTION_PERIOD));
    public final RecordingDelegate requestPayment = new RecordingDelegate();
    public final RecordingDelegate closeUnpaidCompensation = new RecordingDelegate();
    public final RecordingDelegate cancelCompensation = new RecordingDelegate();

    public final RecordingDelegate checkEventNotice = new RecordingDelegate(execution -> NOTICE_SUFFICIENT.set(execution, this.noticeSufficient));
    public final RecordingDelegate refuseShortNotice = new RecordingDelegate();
    public final RecordingDelegate openEventReview = new RecordingDelegate();
    public final RecordingDelegate approveEvent = new RecordingDelegate(execution ->
            EVENT_REMINDER_AT.set(execution, Date.from(now().plus(EVENT_REMINDER_IN))));
    public final RecordingDelegate remindEvent = new RecordingDelegate();
    public final RecordingDelegate rejectEvent = new RecordingDelegate();
    public final RecordingDelegate proposeEventDate = new RecordingDelegate();
    public final RecordingDelegate declineEvent = new RecordingDelegate();

    private boolean noticeSufficient = true;

    public static MarketingTestDelegates register() {
        MarketingTestDelegates d = new MarketingTestDelegates();
        d.registerAll();
        return d;
    }

    /** What the notice check will find when the next joint-event process starts. */
    public void noticeSufficient(boolean sufficient) {
        this.noticeSufficient = sufficient;
    }

    private static void setClaimDeadline(org.camunda.bpm.engine.delegate.DelegateExecution execution, Duration period) {
        Instant due = now().plus(period);
        CLAIM_DUE_AT.set(execution, Date.from(due));
        CLAIM_REMINDER_AT.set(execution, Date.from(due.minus(REMINDER_BEFORE)));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
