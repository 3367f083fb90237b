package dev.partnerprogram.application;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an application; the bytes live apart in {@link DocumentContent} so lists stay light. */
@Entity
@Table(name = "document")
public class Document extends Identified {

    private Long applicationId;
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String uploadedBy;
    private Instant uploadedAt;

    protected Document() {}

    Document(Long applicationId, Long partnerId, DocumentKind kind, String fileName, String contentType, long sizeBytes,
             String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.partnerId = partnerId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getApplicationId() { return applicationId; }
    public Long getPartnerId() { return partnerId; }
    public DocumentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
