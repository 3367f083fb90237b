package dev.partnerprogram.agreement;

import dev.partnerprogram.common.UploadedFile;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed renewal a partner uploaded; the bytes live apart. */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends UploadedFile {

    private Long agreementId;

    protected AgreementDocument() {}

    AgreementDocument(Long agreementId, Long partnerId, String fileName, String contentType, long sizeBytes, String uploadedBy,
                      Instant uploadedAt) {
        super(partnerId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
        this.agreementId = agreementId;
    }

    public Long getAgreementId() { return agreementId; }
}
