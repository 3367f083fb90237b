package dev.partnerprogram.processes;

import java.util.Date;

/** The names in {@code bpmn/joint-event.bpmn}: a partner asks for vendor staff at its event. */
public final class JointEventProcess {
    public static final String KEY = "joint-event";
    public static final String RESOURCE = "bpmn/joint-event.bpmn";

    public static final ProcessVariable<Long> EVENT_ID = ProcessVariable.longVariable("eventId");
    public static final ProcessVariable<Long> PARTNER_ID = ProcessVariable.longVariable("partnerId");
    public static final ProcessVariable<String> DECISION = ProcessVariable.stringVariable("decision").routingOnly();
    public static final ProcessVariable<Boolean> NOTICE_SUFFICIENT = ProcessVariable.booleanVariable("noticeSufficient")
            .routingOnly();
    public static final ProcessVariable<Boolean> DATE_ACCEPTED = ProcessVariable.booleanVariable("dateAccepted")
            .routingOnly();
    public static final ProcessVariable<Date> EVENT_REMINDER_AT = ProcessVariable.dateVariable("eventReminderAt");

    public static final String START = "start_event_requested";
    public static final String SERVICE_CHECK_EVENT_NOTICE = "service_check_event_notice";
    public static final String GATEWAY_NOTICE_SUFFICIENT = "gateway_notice_sufficient";
    public static final String SERVICE_REFUSE_SHORT_NOTICE = "service_refuse_short_notice";
    public static final String END_EVENT_REFUSED_SHORT_NOTICE = "end_event_refused_short_notice";
    public static final String GATEWAY_OPEN_EVENT_REVIEW_JOIN = "gateway_open_event_review_join";
    public static final String SERVICE_OPEN_EVENT_REVIEW = "service_open_event_review";
    public static final String USER_REVIEW_EVENT = "user_review_event";
    public static final String GATEWAY_EVENT_DECISION = "gateway_event_decision";
    public static final String SERVICE_APPROVE_EVENT = "service_approve_event";
    public static final String TIMER_EVENT_REMINDER = "timer_event_reminder";
    public static final String SERVICE_REMIND_EVENT = "service_remind_event";
    public static final String END_EVENT_REMINDED = "end_event_reminded";
    public static final String SERVICE_REJECT_EVENT = "service_reject_event";
    public static final String END_EVENT_REJECTED = "end_event_rejected";
    public static final String SERVICE_PROPOSE_EVENT_DATE = "service_propose_event_date";
    public static final String USER_ANSWER_PROPOSED_DATE = "user_answer_proposed_date";
    public static final String GATEWAY_DATE_ANSWER = "gateway_date_answer";
    public static final String SERVICE_DECLINE_EVENT = "service_decline_event";
    public static final String END_EVENT_DECLINED = "end_event_declined";

    public enum Decision { APPROVE, REJECT, PROPOSE_DATE }

    private JointEventProcess() {}
}
