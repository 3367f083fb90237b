package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/training-enrollment.bpmn}: a partner's employee enrolled in a course session, from the
 * training staff's confirmation (or the waiting list) to the trainer's result. The business key is the enrolment id.
 */
public final class TrainingEnrollmentProcess {
    public static final String KEY = "training-enrollment";
    public static final String RESOURCE = "bpmn/training-enrollment.bpmn";

    /** A seat of the session came free; correlated by the business key of the first enrolment on the waiting list. */
    public static final String MESSAGE_SEAT_FREED = "TrainingSeatFreed";
    /** The partner (or training staff) cancelled the enrolment before the session. */
    public static final String MESSAGE_ENROLLMENT_CANCELLED = "EnrollmentCancelled";

    public static final ProcessVariable<Long> ENROLLMENT_ID = ProcessVariable.longVariable("enrollmentId");
    /** Named as in the application process, whose basic-training message is correlated by it. */
    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    public static final ProcessVariable<Boolean> BASIC_COURSE = ProcessVariable.booleanVariable("basicCourse");
    /** Routes the confirmation; the decision itself is kept on the enrolment. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.stringVariable("decision").routingOnly();
    public static final ProcessVariable<Boolean> SEAT_TAKEN = ProcessVariable.booleanVariable("seatTaken").routingOnly();
    /** Routes the result; the result itself is kept on the enrolment. */
    public static final ProcessVariable<String> TRAINING_RESULT = ProcessVariable.stringVariable("trainingResult").routingOnly();
    /** Candidate groups of the result task: training staff, and the trainer partner's group for a partner-led session. */
    public static final ProcessVariable<String> RESULT_GROUPS = ProcessVariable.stringVariable("resultGroups");
    public static final ProcessVariable<Date> SESSION_STARTS_AT = ProcessVariable.dateVariable("sessionStartsAt");
    public static final ProcessVariable<Date> REMINDER_AT = ProcessVariable.dateVariable("reminderAt");
    public static final ProcessVariable<Date> RESULT_DUE_AT = ProcessVariable.dateVariable("resultDueAt");
    /** Set by the cancellation message, so the audit trail names who cancelled. */
    public static final ProcessVariable<String> CANCELLED_BY = ProcessVariable.stringVariable("cancelledBy");

    public static final String START = "start_enrollment_requested";
    public static final String USER_CONFIRM_ENROLLMENT = "user_confirm_enrollment";
    public static final String TIMER_ENROLLMENT_UNCONFIRMED = "timer_enrollment_unconfirmed";
    public static final String GATEWAY_CONFIRMATION_DECISION = "gateway_confirmation_decision";
    public static final String SERVICE_REJECT_ENROLLMENT = "service_reject_enrollment";
    public static final String END_ENROLLMENT_REJECTED = "end_enrollment_rejected";
    public static final String GATEWAY_TAKE_SESSION_SEAT_JOIN = "gateway_take_session_seat_join";
    public static final String SERVICE_TAKE_SESSION_SEAT = "service_take_session_seat";
    public static final String GATEWAY_SESSION_SEAT_TAKEN = "gateway_session_seat_taken";
    public static final String GATEWAY_WAITING_LIST = "gateway_waiting_list";
    public static final String CATCH_SESSION_SEAT_FREED = "catch_session_seat_freed";
    public static final String TIMER_WAITING_LIST_EXPIRED = "timer_waiting_list_expired";
    public static final String GATEWAY_EXPIRE_ENROLLMENT_JOIN = "gateway_expire_enrollment_join";
    public static final String SERVICE_EXPIRE_ENROLLMENT = "service_expire_enrollment";
    public static final String END_ENROLLMENT_EXPIRED = "end_enrollment_expired";
    public static final String USER_RECORD_TRAINING_RESULT = "user_record_training_result";
    public static final String TIMER_SESSION_REMINDER = "timer_session_reminder";
    public static final String SERVICE_REMIND_PARTICIPANT = "service_remind_participant";
    public static final String END_PARTICIPANT_REMINDED = "end_participant_reminded";
    public static final String TIMER_RESULT_OVERDUE = "timer_result_overdue";
    public static final String SERVICE_ESCALATE_RESULT_OVERDUE = "service_escalate_result_overdue";
    public static final String END_RESULT_OVERDUE_ESCALATED = "end_result_overdue_escalated";
    public static final String GATEWAY_TRAINING_RESULT = "gateway_training_result";
    public static final String GATEWAY_BASIC_COURSE = "gateway_basic_course";
    public static final String SERVICE_REPORT_BASIC_TRAINING_PASSED = "service_report_basic_training_passed";
    public static final String GATEWAY_TRAINING_PASSED_JOIN = "gateway_training_passed_join";
    public static final String END_TRAINING_PASSED = "end_training_passed";
    public static final String END_TRAINING_FAILED = "end_training_failed";
    public static final String END_TRAINING_NO_SHOW = "end_training_no_show";
    public static final String SUBPROCESS_ENROLLMENT_CANCELLATION = "subprocess_enrollment_cancellation";
    public static final String START_CANCELLATION_REQUESTED = "start_cancellation_requested";
    public static final String SERVICE_CANCEL_ENROLLMENT = "service_cancel_enrollment";
    public static final String END_ENROLLMENT_CANCELLED = "end_enrollment_cancelled";

    /** What training staff decide on a request. */
    public enum Decision { APPROVE, REJECT }

    /** What the trainer records; the result gateway routes by it. */
    public enum Result { PASSED, FAILED, NO_SHOW }

    private TrainingEnrollmentProcess() {}
}
