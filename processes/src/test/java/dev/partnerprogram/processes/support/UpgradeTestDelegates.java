package dev.partnerprogram.processes.support;

import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Recording stand-ins for the delegate beans of {@code status-upgrade} and {@code partner-year}. The ones the gateways
 * and timers depend on set the variables the real delegates take from the domain.
 */
public final class UpgradeTestDelegates extends RecordingDelegates {

    public static final Duration REVIEW_PERIOD = Duration.ofDays(7);
    public static final Duration REWORK_PERIOD = Duration.ofDays(14);
    public static final int COMMITTEE_SIZE = 3;
    /** The partner year of these tests: the review 45 days before its end, quarters every 91 days. */
    public static final Duration YEAR = Duration.ofDays(365);
    public static final Duration REVIEW_BEFORE_END = Duration.ofDays(45);
    public static final Duration QUARTER = Duration.ofDays(91);
    public static final Duration NOTICE = Duration.ofDays(30);

    // status-upgrade
    public final RecordingDelegate checkEligibility = new RecordingDelegate(execution ->
            StatusUpgradeProcess.ELIGIBLE.set(execution, this.eligibility.isEmpty() || this.eligibility.pop()));
    public final RecordingDelegate rejectNotEligible = new RecordingDelegate();
    public final RecordingDelegate openUpgradeReview = new RecordingDelegate(execution ->
            StatusUpgradeProcess.REVIEW_DUE_AT.set(execution, Date.from(now().plus(REVIEW_PERIOD))));
    public final RecordingDelegate escalateUpgradeReview = new RecordingDelegate();
    public final RecordingDelegate rejectUpgrade = new RecordingDelegate();
    public final RecordingDelegate requestUpgradeRework = new RecordingDelegate(execution ->
            StatusUpgradeProcess.REWORK_DUE_AT.set(execution, Date.from(now().plus(REWORK_PERIOD))));
    public final RecordingDelegate withdrawUpgrade = new RecordingDelegate();
    public final RecordingDelegate openCommittee = new RecordingDelegate(execution -> {
        StatusUpgradeProcess.COMMITTEE_SIZE.set(execution, (long) COMMITTEE_SIZE);
        StatusUpgradeProcess.COMMITTEE_DECIDED.set(execution, false);
        StatusUpgradeProcess.COMMITTEE_APPROVED.set(execution, false);
    });
    public final RecordingDelegate committeeRejects = new RecordingDelegate();
    public final RecordingDelegate grantUpgrade = new RecordingDelegate();

    // partner-year
    public final RecordingDelegate openPartnerYear = new RecordingDelegate(this::yearDates);
    public final RecordingDelegate setQuarterDiscount = new RecordingDelegate(execution ->
            PartnerYearProcess.NEXT_QUARTER_AT.set(execution, Date.from(now().plus(QUARTER))));
    public final RecordingDelegate reviewTier = new RecordingDelegate(execution -> {
        PartnerYearProcess.TIER_MET.set(execution, this.tierMet);
        PartnerYearProcess.DECISION_DUE_AT.set(execution, Date.from(now().plus(REVIEW_BEFORE_END).minus(NOTICE)));
    });
    public final RecordingDelegate closePartnerYear = new RecordingDelegate(this::yearDates);

    private final Deque<Boolean> eligibility = new ArrayDeque<>();
    private boolean tierMet = true;

    public static UpgradeTestDelegates register() {
        UpgradeTestDelegates d = new UpgradeTestDelegates();
        d.registerAll();
        return d;
    }

    /** What the next eligibility checks find, in order; once the list is used up, the partner is eligible. */
    public void eligibility(Boolean... results) {
        eligibility.addAll(java.util.List.of(results));
    }

    /** What the yearly review of the tier finds. */
    public void tierMet(boolean met) {
        this.tierMet = met;
    }

    /** A year from now: the review {@link #REVIEW_BEFORE_END} before its end. */
    private void yearDates(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        Instant end = now().plus(YEAR);
        PartnerYearProcess.YEAR_END_AT.set(execution, Date.from(end));
        PartnerYearProcess.REVIEW_AT.set(execution, Date.from(end.minus(REVIEW_BEFORE_END)));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
