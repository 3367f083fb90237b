package dev.partnerprogram.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The bytes of an {@link UploadedFile}, in a row of their own keyed by the file's id. */
@MappedSuperclass
public abstract class FileContent {

    @Id
    private Long documentId;

    @Column(name = "data")
    private byte[] data;

    protected FileContent() {}

    protected FileContent(Long documentId, byte[] data) {
        this.documentId = documentId;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
