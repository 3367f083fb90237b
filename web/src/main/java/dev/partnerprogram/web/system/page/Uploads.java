package dev.partnerprogram.web.system.page;

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
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file input left empty still sends a nameless, empty part; it is not a file the user meant to send. */
    public static boolean isMissing(MultipartFile file) {
        return file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
    }
}
