package dev.partnerprogram.notification;

/** The e-mails the program sends; texts are in mail_ru.properties and mail_en.properties under mail.&lt;key&gt;. */
public enum MailTemplate {
    APPLICATION_RECEIVED("application-received"),
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
    JOINT_EVENT_REMINDER("joint-event-reminder");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
