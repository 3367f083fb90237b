package dev.partnerprogram.application;

import dev.partnerprogram.application.ApplicationEvent.Action;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.StoredFile;
import dev.partnerprogram.common.UnsupportedFileTypeException;
import dev.partnerprogram.common.UploadTooLargeException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DocumentService {

    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final ApplicationEventRepository events;
    private final ProgramProperties.Uploads uploads;
    private final Clock clock;

    public DocumentService(DocumentRepository documents, DocumentContentRepository contents, ApplicationEventRepository events,
                           ProgramProperties properties, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.events = events;
        this.uploads = properties.uploads();
        this.clock = clock;
    }

    /** Checks a file before anything is stored: too large is 413, an unknown or disguised format is 415. */
    public String checkUpload(String originalName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new InvalidInputException("file", "error.fileEmpty");
        }
        if (data.length > uploads.maxSize().toBytes()) {
            throw new UploadTooLargeException("upload.tooLarge", uploads.maxSize().toMegabytes());
        }
        String name = safeName(originalName);
        String extension = FileTypes.extensionOf(name);
        if (!uploads.allowedExtensions().contains(extension)) {
            throw new UnsupportedFileTypeException("upload.typeNotAccepted", extension,
                    String.join(", ", uploads.allowedExtensions()));
        }
        return FileTypes.detect(name, data).orElseThrow(() ->
                new UnsupportedFileTypeException("upload.contentMismatch", extension));
    }

    @Transactional
    public Document store(StatusApplication application, DocumentKind kind, String originalName, byte[] data, String actor) {
        String contentType = checkUpload(originalName, data);
        String name = safeName(originalName);
        Document document = documents.save(new Document(application.getId(), application.getPartnerId(), kind, name,
                contentType, data.length, actor, clock.instant()));
        contents.save(new DocumentContent(document.getId(), data));
        events.save(new ApplicationEvent(application.getId(), clock.instant(), actor, Action.DOCUMENT_UPLOADED,
                kind + ": " + name));
        return document;
    }

    @Transactional(readOnly = true)
    public List<Document> list(long applicationId) {
        return documents.findBySubjectIdOrderByUploadedAtAscIdAsc(applicationId);
    }

    @Transactional(readOnly = true)
    public StoredFile load(long applicationId, long documentId) {
        return StoredFile.load(documents, contents, applicationId, documentId);
    }

    /** Keeps only the last path element and drops control characters, so a name can never point elsewhere. */
    public static String safeName(String originalName) {
        if (originalName == null || originalName.isBlank()) {
            throw new InvalidInputException("file", "error.fileName");
        }
        String base = originalName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new InvalidInputException("file", "error.fileName");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
