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
    REVIEW_OVERDUE("review-overdue");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
