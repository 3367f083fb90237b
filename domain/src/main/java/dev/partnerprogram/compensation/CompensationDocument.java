package dev.partnerprogram.compensation;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A proof document of a claim (invoice, photo, report, attendee or lead list); the bytes live apart. */
@Entity
@Table(name = "compensation_document")
public class CompensationDocument extends Identified {

    public enum Kind { INVOICE, PHOTO, REPORT, ATTENDEES, LEADS, OTHER }

    private Long compensationId;
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String uploadedBy;
    private Instant uploadedAt;

    protected CompensationDocument() {}

    CompensationDocument(Long compensationId, Long partnerId, Kind kind, String fileName, String contentType, long sizeBytes,
                         String uploadedBy, Instant uploadedAt) {
        this.compensationId = compensationId;
        this.partnerId = partnerId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getCompensationId() { return compensationId; }
    public Long getPartnerId() { return partnerId; }
    public Kind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
