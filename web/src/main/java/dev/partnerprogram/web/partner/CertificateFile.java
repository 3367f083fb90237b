package dev.partnerprogram.web.partner;

import dev.partnerprogram.workflow.partner.Partners;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The certificate of partner status as the browser opens it: a PDF shown in place, named by its number. */
final class CertificateFile {
    private CertificateFile() {}

    static ResponseEntity<byte[]> of(Partners.Certificate certificate) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(certificate.fileName()).build().toString())
                .body(certificate.pdf());
    }
}
