package dev.partnerprogram.application;

import dev.partnerprogram.common.UploadedFile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an application; the bytes live apart in {@link DocumentContent} so lists stay light. */
@Entity
@Table(name = "document")
@AttributeOverride(name = "subjectId", column = @Column(name = "application_id"))
public class Document extends UploadedFile {

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    protected Document() {}

    Document(Long applicationId, Long partnerId, DocumentKind kind, String fileName, String contentType, long sizeBytes,
             String uploadedBy, Instant uploadedAt) {
        super(applicationId, partnerId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
        this.kind = kind;
    }

    public DocumentKind getKind() { return kind; }
}
