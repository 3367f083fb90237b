package dev.partnerprogram.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.partnerprogram.partner.PartnerCompany;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgreementTemplateTest {

    @Test
    void theAgreementToSign_namesTheCompanyWithItsTaxIdAndTheDate() throws IOException {
        PartnerCompany partner = new PartnerCompany("ООО «Альфа Софт»", "7701000001", "Москва", "Анна Альфина",
                "anna@alfa-soft.example", "+7 495 000-00-00", Instant.parse("2026-12-01T09:00:00Z"));

        byte[] pdf = AgreementTemplate.pdf(partner, LocalDate.of(2026, 12, 4));

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("ООО «Альфа Софт»", "7701000001", "04.12.2026", "Москва");
        assertThat(AgreementTemplate.fileName(partner)).isEqualTo("partner-agreement-7701000001.pdf");
    }
}
