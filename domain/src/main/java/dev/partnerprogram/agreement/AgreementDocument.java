package dev.partnerprogram.agreement;

import dev.partnerprogram.common.UploadedFile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed renewal a partner uploaded; the bytes live apart. */
@Entity
@Table(name = "agreement_document")
@AttributeOverride(name = "subjectId", column = @Column(name = "agreement_id"))
public class AgreementDocument extends UploadedFile {

    protected AgreementDocument() {}

    AgreementDocument(Long agreementId, Long partnerId, String fileName, String contentType, long sizeBytes, String uploadedBy,
                      Instant uploadedAt) {
        super(agreementId, partnerId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }
}
