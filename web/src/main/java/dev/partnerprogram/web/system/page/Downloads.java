package dev.partnerprogram.web.system.page;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files as the browser receives them. */
public final class Downloads {
    private Downloads() {}

    /** A stored file, saved under its own name and never sniffed into another type. */
    public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] data) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(data);
    }

    /** A document the system makes, such as a certificate, shown in place. */
    public static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }

    /** A report the system makes from the database, such as a table's export, saved under the given name. */
    public static ResponseEntity<byte[]> report(String fileName, MediaType type, byte[] data) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(data);
    }
}
