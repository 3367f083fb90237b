package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/specialist-certification.bpmn}: a specialist's exam, the certificate it earns, the
 * reminders before the certificate runs out and its expiry. The business key is the exam id.
 */
public final class SpecialistCertificationProcess {
    public static final String KEY = "specialist-certification";
    public static final String RESOURCE = "bpmn/specialist-certification.bpmn";

    public static final ProcessVariable<Long> EXAM_ID = ProcessVariable.longVariable("examId");
    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    public static final ProcessVariable<String> DECISION = ProcessVariable.stringVariable("decision").routingOnly();
    public static final ProcessVariable<Date> EXAM_AT = ProcessVariable.dateVariable("examAt");
    public static final ProcessVariable<Boolean> EXAM_PASSED = ProcessVariable.booleanVariable("examPassed")
            .routingOnly();
    public static final ProcessVariable<Long> CERTIFICATE_ID = ProcessVariable.longVariable("certificateId");
    public static final ProcessVariable<Date> FIRST_REMINDER_AT = ProcessVariable.dateVariable("firstReminderAt");
    public static final ProcessVariable<Date> SECOND_REMINDER_AT = ProcessVariable.dateVariable("secondReminderAt");
    public static final ProcessVariable<Date> CERTIFICATE_EXPIRES_AT = ProcessVariable.dateVariable("certificateExpiresAt");

    public static final String START = "start_exam_requested";
    public static final String USER_SCHEDULE_EXAM = "user_schedule_exam";
    public static final String GATEWAY_SCHEDULE_DECISION = "gateway_schedule_decision";
    public static final String SERVICE_REJECT_EXAM_REGISTRATION = "service_reject_exam_registration";
    public static final String END_EXAM_REGISTRATION_REJECTED = "end_exam_registration_rejected";
    public static final String SERVICE_ANNOUNCE_EXAM = "service_announce_exam";
    public static final String USER_RECORD_EXAM_RESULT = "user_record_exam_result";
    public static final String GATEWAY_EXAM_PASSED = "gateway_exam_passed";
    public static final String SERVICE_REPORT_EXAM_FAILED = "service_report_exam_failed";
    public static final String END_EXAM_FAILED = "end_exam_failed";
    public static final String SERVICE_ISSUE_CERTIFICATE = "service_issue_certificate";
    public static final String TIMER_FIRST_EXPIRY_REMINDER = "timer_first_expiry_reminder";
    public static final String SERVICE_REMIND_EXPIRY_FIRST = "service_remind_expiry_first";
    public static final String TIMER_SECOND_EXPIRY_REMINDER = "timer_second_expiry_reminder";
    public static final String SERVICE_REMIND_EXPIRY_SECOND = "service_remind_expiry_second";
    public static final String TIMER_CERTIFICATE_EXPIRED = "timer_certificate_expired";
    public static final String SERVICE_EXPIRE_CERTIFICATE = "service_expire_certificate";
    public static final String END_CERTIFICATE_EXPIRED = "end_certificate_expired";

    /** What training staff decide on a registration. */
    public enum Decision { APPROVE, REJECT }

    private SpecialistCertificationProcess() {}
}
