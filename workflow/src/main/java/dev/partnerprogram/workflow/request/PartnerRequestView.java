package dev.partnerprogram.workflow.request;

import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestState;
import dev.partnerprogram.request.VendorEvent;
import java.time.Instant;

/** A partner request as its pages and the API show it, with the group answering it and by when. */
public record PartnerRequestView(long id, long partnerId, String partnerName, PartnerRequestKind kind, PartnerRequestState state,
                                 Long solutionId, String solutionName, String customerName, VendorEvent event,
                                 VendorEvent.Role eventRole, Integer hours, String details, String answerGroup, Instant dueAt,
                                 String answer, Long consultationId, Instant answeredAt, Instant createdAt) {

    /** A solution of the vendor's list. */
    public record SolutionView(long id, String name, boolean active) {}
}
