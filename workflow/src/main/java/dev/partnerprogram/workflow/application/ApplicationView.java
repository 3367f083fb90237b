package dev.partnerprogram.workflow.application;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import java.time.Instant;
import java.util.List;

/** An application as callers see it: its details, where it stands, its history and documents. */
public record ApplicationView(
        long id,
        long partnerId,
        RequestedStatus requestedStatus,
        ApplicationState state,
        ApplicationDetails details,
        String decisionReason,
        boolean reviewOverdue,
        Instant submittedAt,
        Instant decidedAt,
        Instant updatedAt,
        String processInstanceId,
        List<HistoryLine> history,
        List<DocumentView> documents) {

    public record HistoryLine(Instant at, String actor, String action, String comment) {}

    public record DocumentView(long documentId, String name, long size, String contentType, String kind,
                               String uploadedBy, Instant uploadedAt) {}
}
