package dev.partnerprogram.compensation;

import dev.partnerprogram.common.FileContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "compensation_document_content")
public class CompensationDocumentContent extends FileContent {

    protected CompensationDocumentContent() {}

    CompensationDocumentContent(Long documentId, byte[] data) {
        super(documentId, data);
    }
}
