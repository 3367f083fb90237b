package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/partner-request.bpmn} and its routing table {@code dmn/partner-request-routing.dmn}: the
 * table names the group that answers a request of each kind, the working days it has and whether it decides (or only
 * delivers, as for the materials package a tier includes); the group's task is due at the deadline. The business key
 * is the request id.
 */
public final class PartnerRequestProcess {
    public static final String KEY = "partner-request";
    public static final String RESOURCE = "bpmn/partner-request.bpmn";
    public static final String ROUTING_DECISION_KEY = "partner-request-routing";
    public static final String ROUTING_DECISION_RESOURCE = "dmn/partner-request-routing.dmn";

    /** The routing table's inputs: the request's kind, and the tier table's answer for the materials package. */
    public static final String INPUT_KIND = "kind";
    public static final String INPUT_MARKETING_MATERIALS = "marketingMaterials";
    /** The routing table's outputs. */
    public static final String OUTPUT_ANSWER_GROUP = "answerGroup";
    public static final String OUTPUT_ANSWER_WORKING_DAYS = "answerWorkingDays";
    public static final String OUTPUT_DECISION_NEEDED = "decisionNeeded";

    public static final ProcessVariable<Long> REQUEST_ID = ProcessVariable.longVariable("requestId");
    public static final ProcessVariable<Long> PARTNER_ID = ProcessVariable.longVariable("partnerId");
    /** The group the routing table sent the request to; its task is offered to it. */
    public static final ProcessVariable<String> ANSWER_GROUP = ProcessVariable.stringVariable(OUTPUT_ANSWER_GROUP);
    /** Whether the group decides the request (it may decline it) or only delivers what the tier includes. */
    public static final ProcessVariable<Boolean> DECISION_NEEDED = ProcessVariable.booleanVariable(OUTPUT_DECISION_NEEDED)
            .routingOnly();
    public static final ProcessVariable<Date> DUE_AT = ProcessVariable.dateVariable("dueAt");
    /** The group's answer, an {@link Answer} name. */
    public static final ProcessVariable<String> ANSWER = ProcessVariable.stringVariable("answer").routingOnly();

    public static final String START = "start_request_submitted";
    public static final String SERVICE_ROUTE_REQUEST = "service_route_request";
    public static final String GATEWAY_DECISION_NEEDED = "gateway_decision_needed";
    public static final String USER_ANSWER_REQUEST = "user_answer_request";
    public static final String GATEWAY_ANSWER = "gateway_answer";
    public static final String END_REQUEST_DONE = "end_request_done";
    public static final String END_REQUEST_DECLINED = "end_request_declined";
    public static final String USER_DELIVER_MATERIALS = "user_deliver_materials";
    public static final String END_MATERIALS_DELIVERED = "end_materials_delivered";

    /** What the answering group decides: done (help given, consultation held, a place at the event) or declined. */
    public enum Answer { APPROVE, REJECT }

    private PartnerRequestProcess() {}
}
