package dev.partnerprogram.compensation;

import dev.partnerprogram.common.UploadedFile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A proof document of a claim (invoice, photo, report, attendee or lead list); the bytes live apart. */
@Entity
@Table(name = "compensation_document")
@AttributeOverride(name = "subjectId", column = @Column(name = "compensation_id"))
public class CompensationDocument extends UploadedFile {

    public enum Kind { INVOICE, PHOTO, REPORT, ATTENDEES, LEADS, OTHER }

    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected CompensationDocument() {}

    CompensationDocument(Long compensationId, Long partnerId, Kind kind, String fileName, String contentType, long sizeBytes,
                         String uploadedBy, Instant uploadedAt) {
        super(compensationId, partnerId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
        this.kind = kind;
    }

    public Kind getKind() { return kind; }
}
