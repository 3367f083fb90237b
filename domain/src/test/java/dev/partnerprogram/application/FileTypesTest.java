package dev.partnerprogram.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    @Test
    void recognisesFormatsByTheirFirstBytes() {
        assertThat(FileTypes.detect("a.PDF", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(FileTypes.detect("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2})).contains("image/png");
        assertThat(FileTypes.detect("plan.docx", new byte[] {0x50, 0x4B, 0x03, 0x04, 0})).isPresent();
    }

    @Test
    void refusesADisguisedOrUnknownFile() {
        assertThat(FileTypes.detect("invoice.pdf", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileTypes.detect("tool.exe", "MZ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileTypes.detect("noextension", "%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileTypes.detect("tiny.pdf", new byte[] {'%'})).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathsAndControlCharacters() {
        assertThat(DocumentService.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(DocumentService.safeName("C:\\Users\\me\\scan.pdf")).isEqualTo("scan.pdf");
        assertThat(DocumentService.safeName("re\u0000port\n.pdf")).isEqualTo("report.pdf");
        assertThatThrownBy(() -> DocumentService.safeName("../..")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentService.safeName(" ")).isInstanceOf(InvalidInputException.class);
    }
}
