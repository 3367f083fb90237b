package dev.partnerprogram.compensation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "compensation_document_content")
public class CompensationDocumentContent {

    @Id
    private Long documentId;

    @Column(name = "data")
    private byte[] data;

    protected CompensationDocumentContent() {}

    CompensationDocumentContent(Long documentId, byte[] data) {
        this.documentId = documentId;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
