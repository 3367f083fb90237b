package dev.partnerprogram.common;

/** An uploaded file with its bytes, for a download. */
public record StoredFile(UploadedFile document, byte[] data) {

    /** The object's file with its bytes; a file of another object is not found, like one that does not exist. */
    public static <T extends UploadedFile> StoredFile load(UploadedFileRepository<T> files, FileContentRepository<?> contents,
                                                         long subjectId, long fileId) {
        T file = files.findByIdAndSubjectId(fileId, subjectId).orElseThrow(() -> new NotFoundException("notFound.document"));
        return new StoredFile(file, contents.dataOf(fileId));
    }
}
