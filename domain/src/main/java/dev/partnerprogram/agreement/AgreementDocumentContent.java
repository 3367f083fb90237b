package dev.partnerprogram.agreement;

import dev.partnerprogram.common.FileContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "agreement_document_content")
public class AgreementDocumentContent extends FileContent {

    protected AgreementDocumentContent() {}

    AgreementDocumentContent(Long documentId, byte[] data) {
        super(documentId, data);
    }
}
