package dev.partnerprogram.processes.support;

import dev.partnerprogram.processes.PartnerAgreementProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Recording stand-ins for the delegate beans of {@code partner-agreement}. Scheduling a term sets its moments as the real
 * delegate does from the agreement: a term of {@link #TERM} from now, reminders {@link #FIRST_REMINDER} and
 * {@link #SECOND_REMINDER} before its end, and the grace period {@link #GRACE} after it.
 */
public final class AgreementTestDelegates extends RecordingDelegates {

    public static final Duration TERM = Duration.ofDays(365);
    public static final Duration FIRST_REMINDER = Duration.ofDays(60);
    public static final Duration SECOND_REMINDER = Duration.ofDays(30);
    public static final Duration GRACE = Duration.ofDays(90);

    public final RecordingDelegate scheduleTerm = new RecordingDelegate(this::termDates);
    public final RecordingDelegate remindRenewal = new RecordingDelegate();
    public final RecordingDelegate confirmRenewal = new RecordingDelegate();
    public final RecordingDelegate returnRenewal = new RecordingDelegate();
    public final RecordingDelegate suspendPartner = new RecordingDelegate();
    public final RecordingDelegate lapseAgreement = new RecordingDelegate();

    /** The end of the term most recently scheduled. */
    private Instant termEnd;

    public static AgreementTestDelegates register() {
        AgreementTestDelegates d = new AgreementTestDelegates();
        d.registerAll();
        return d;
    }

    public Instant termEnd() {
        return termEnd;
    }

    /** A term runs on from the end of the one before, or from now for the first. */
    private void termDates(DelegateExecution execution) {
        Instant from = termEnd == null ? ClockUtil.getCurrentTime().toInstant() : termEnd;
        termEnd = from.plus(TERM);
        PartnerAgreementProcess.RENEWAL_OPENS_AT.set(execution, Date.from(termEnd.minus(FIRST_REMINDER)));
        PartnerAgreementProcess.SECOND_REMINDER_AT.set(execution, Date.from(termEnd.minus(SECOND_REMINDER)));
        PartnerAgreementProcess.TERM_ENDS_AT.set(execution, Date.from(termEnd));
        PartnerAgreementProcess.GRACE_ENDS_AT.set(execution, Date.from(termEnd.plus(GRACE)));
    }
}
