package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.certification.ExamState;
import dev.partnerprogram.certification.SpecialistCertificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A specialist's exam as callers see it, with the certificate it earned once passed. */
public record CertificationView(
        long id,
        long partnerId,
        SpecialistView.Person specialist,
        CertificationTrack track,
        ExamState state,
        LocalDate examDate,
        Integer score,
        Integer passMark,
        String decisionReason,
        String certificateNumber,
        LocalDate validUntil,
        SpecialistCertificate.State certificateState,
        Instant requestedAt,
        Instant updatedAt,
        List<HistoryLine> history) {

    public record HistoryLine(Instant at, String actor, String action, String comment) {}
}
