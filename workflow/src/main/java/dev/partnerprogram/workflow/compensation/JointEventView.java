package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record JointEventView(long id, long partnerId, String title, LocalDate date, String city, EventFormat format,
                             int expectedAudience, String vendorRequest, JointEventState state, LocalDate proposedDate,
                             String staffNames, String decisionReason, Instant submittedAt, Instant updatedAt,
                             List<CompensationView.HistoryLine> history) {}
