package dev.partnerprogram.web.system.error;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The configured file size limit, for the hints next to upload fields. */
@Component("uploadLimit")
public class UploadLimit {
    private final DataSize maxSize;

    UploadLimit(@Value("${partner-program.uploads.max-size}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public long megabytes() {
        return maxSize.toMegabytes();
    }
}
