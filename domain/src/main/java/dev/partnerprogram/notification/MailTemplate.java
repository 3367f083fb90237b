package dev.partnerprogram.notification;

/** The e-mails the program sends; texts are in mail_ru.properties and mail_en.properties under mail.&lt;key&gt;. */
public enum MailTemplate {
    APPLICATION_RECEIVED("application-received"),
    WEBHOOK_PAUSED("webhook-paused"),
    REWORK_REQUESTED("rework-requested"),
    APPLICATION_APPROVED("application-approved"),
    APPLICATION_REJECTED("application-rejected"),
    APPLICATION_WITHDRAWN("application-withdrawn"),
    AGREEMENT_RETURNED("agreement-returned"),
    BASIC_TRAINING_FAILED("basic-training-failed"),
    STATUS_GRANTED("status-granted"),
    REVIEW_OVERDUE("review-overdue"),
    COMPENSATION_RECEIVED("compensation-received"),
    COMPENSATION_REWORK("compensation-rework"),
    COMPENSATION_APPROVED("compensation-approved"),
    COMPENSATION_REJECTED("compensation-rejected"),
    COMPENSATION_CANCELLED("compensation-cancelled"),
    COMPENSATION_CLAIM_REMINDER("compensation-claim-reminder"),
    COMPENSATION_LAPSED("compensation-lapsed"),
    COMPENSATION_CLAIM_RETURNED("compensation-claim-returned"),
    COMPENSATION_CLAIM_VERIFIED("compensation-claim-verified"),
    COMPENSATION_CLOSED_UNPAID("compensation-closed-unpaid"),
    COMPENSATION_PAID("compensation-paid"),
    JOINT_EVENT_APPROVED("joint-event-approved"),
    JOINT_EVENT_REJECTED("joint-event-rejected"),
    JOINT_EVENT_DATE_PROPOSED("joint-event-date-proposed"),
    JOINT_EVENT_REMINDER("joint-event-reminder"),
    BASIC_TRAINING_REQUIRED("basic-training-required"),
    ENROLLMENT_CONFIRMED("enrollment-confirmed"),
    ENROLLMENT_WAITING_LIST("enrollment-waiting-list"),
    ENROLLMENT_REJECTED("enrollment-rejected"),
    ENROLLMENT_EXPIRED("enrollment-expired"),
    ENROLLMENT_CANCELLED("enrollment-cancelled"),
    SESSION_REMINDER("session-reminder"),
    TRAINING_RESULT_OVERDUE("training-result-overdue"),
    TRAINING_RESULT("training-result"),
    FREE_SEATS_EXPIRED("free-seats-expired"),
    EXAM_SCHEDULED("exam-scheduled"),
    EXAM_REJECTED("exam-rejected"),
    EXAM_FAILED("exam-failed"),
    CERTIFICATE_ISSUED("certificate-issued"),
    CERTIFICATE_EXPIRING("certificate-expiring"),
    CERTIFICATE_EXPIRED("certificate-expired"),
    DESIGNATION_RECEIVED("designation-received"),
    DESIGNATION_REFUSED("designation-refused"),
    DESIGNATION_GRANTED("designation-granted"),
    DESIGNATION_RENEWAL_DUE("designation-renewal-due"),
    DESIGNATION_EXPIRED("designation-expired"),
    DESIGNATION_ENDED("designation-ended"),
    UPGRADE_NOT_ELIGIBLE("upgrade-not-eligible"),
    UPGRADE_COMMITTEE("upgrade-committee"),
    QUARTER_DISCOUNT_SET("quarter-discount-set"),
    PARTNER_YEAR_RENEWED("partner-year-renewed"),
    TIER_REVIEW_FLAGGED("tier-review-flagged"),
    TIER_LOWERING_NOTICE("tier-lowering-notice"),
    STATUS_LOWERED("status-lowered"),
    AGREEMENT_RENEWAL_DUE("agreement-renewal-due"),
    AGREEMENT_RENEWED("agreement-renewed"),
    AGREEMENT_RENEWAL_RETURNED("agreement-renewal-returned"),
    AGREEMENT_SUSPENDED("agreement-suspended"),
    AGREEMENT_TERMINATED("agreement-terminated"),
    /** The vendor terminated the agreement (four eyes): the reason and what the company may do. */
    AGREEMENT_TERMINATED_BY_VENDOR("agreement-terminated-by-vendor"),
    DEAL_APPROVED("deal-approved"),
    DEAL_REJECTED("deal-rejected"),
    DEAL_EXPIRED("deal-expired"),
    /** A partner's turn to accept or decline a project the vendor hands over, and by when. */
    HANDOVER_OFFERED("handover-offered"),
    /** To the manager who offered the project: a partner accepted it. */
    HANDOVER_ACCEPTED("handover-accepted"),
    /** To the manager who offered the project: every proposed partner declined or let the deadline pass (or none was found). */
    HANDOVER_UNASSIGNED("handover-unassigned"),
    /** A partner request was answered: done, or declined with the reason. */
    PARTNER_REQUEST_DONE("partner-request-done"),
    PARTNER_REQUEST_DECLINED("partner-request-declined"),
    STAFF_WELCOME("staff-welcome"),
    PASSWORD_RESET("password-reset"),
    /** A company's owner invites a colleague: a single-use link to join. */
    COMPANY_INVITATION("company-invitation"),
    /** A new registration: the link that confirms the address. */
    REGISTRATION_CONFIRM("registration-confirm");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
