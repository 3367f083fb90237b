package dev.partnerprogram.common;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A file a partner's user attached to something (an application, a compensation, an agreement: its id, in the column
 * each table names after it): its name, type and size, and who uploaded it when. The bytes live apart, in a
 * {@link FileContent} row, so lists of files stay light.
 */
@MappedSuperclass
public abstract class UploadedFile extends Identified {

    private Long subjectId;
    private Long partnerId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String uploadedBy;
    private Instant uploadedAt;

    protected UploadedFile() {}

    protected UploadedFile(Long subjectId, Long partnerId, String fileName, String contentType, long sizeBytes,
                           String uploadedBy, Instant uploadedAt) {
        this.subjectId = subjectId;
        this.partnerId = partnerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getSubjectId() { return subjectId; }
    public Long getPartnerId() { return partnerId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
