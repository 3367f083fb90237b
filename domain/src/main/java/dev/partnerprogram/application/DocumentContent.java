package dev.partnerprogram.application;

import dev.partnerprogram.common.FileContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "document_content")
public class DocumentContent extends FileContent {

    protected DocumentContent() {}

    DocumentContent(Long documentId, byte[] data) {
        super(documentId, data);
    }
}
