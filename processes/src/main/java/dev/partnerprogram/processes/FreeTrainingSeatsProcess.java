package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/free-training-seats.bpmn}: a partner year's free training seats, which lapse by a timer at
 * the end of the year. The business key is the quota id.
 */
public final class FreeTrainingSeatsProcess {
    public static final String KEY = "free-training-seats";
    public static final String RESOURCE = "bpmn/free-training-seats.bpmn";

    public static final ProcessVariable<Long> QUOTA_ID = ProcessVariable.longVariable("quotaId");
    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    public static final ProcessVariable<Date> SEATS_EXPIRE_AT = ProcessVariable.dateVariable("seatsExpireAt");

    public static final String START = "start_free_seats_granted";
    public static final String TIMER_PARTNER_YEAR_ENDED = "timer_partner_year_ended";
    public static final String SERVICE_EXPIRE_FREE_SEATS = "service_expire_free_seats";
    public static final String END_FREE_SEATS_EXPIRED = "end_free_seats_expired";

    private FreeTrainingSeatsProcess() {}
}
