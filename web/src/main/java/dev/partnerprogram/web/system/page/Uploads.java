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
        return new Upload(file.getOriginalFilename(), bytes(file));
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
