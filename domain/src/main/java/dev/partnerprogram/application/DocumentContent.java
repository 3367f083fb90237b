package dev.partnerprogram.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    private Long documentId;

    @Column(name = "data")
    private byte[] data;

    protected DocumentContent() {}

    DocumentContent(Long documentId, byte[] data) {
        this.documentId = documentId;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
