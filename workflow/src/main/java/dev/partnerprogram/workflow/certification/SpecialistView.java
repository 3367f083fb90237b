package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.certification.SpecialistCertificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A partner's specialist with the certificates the specialist holds; one who left no longer counts for the partner. */
public record SpecialistView(Person person, boolean countsForPartner, Instant leftAt, List<Certificate> certificates) {

    public record Person(long id, String name, String email) {}

    public record Certificate(long examId, String number, CertificationTrack track, LocalDate issuedOn, LocalDate validUntil,
                              SpecialistCertificate.State state) {}
}
