package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.workflow.application.ApplicationWorkflow.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

public final class Uploads {
    private Uploads() {}

    public static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !isMissing(f))
                .map(Uploads::of)
                .toList();
    }

    public static Upload of(MultipartFile file) {
        return new Upload(file.getOriginalFilename(), bytes(file));
    }

    /** The one file an API operation requires: a request without the {@code file} part is the sender's error (400). */
    public static Upload required(MultipartFile file) {
        if (file == null) {
            throw new InvalidInputException("file", "error.required");
        }
        return of(file);
    }

    /** The file's content; a part the container cannot read back is a server error, not the sender's. */
    public static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file input left empty still sends a nameless, empty part; it is not a file the user meant to send. */
    public static boolean isMissing(MultipartFile file) {
        return file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
    }
}
