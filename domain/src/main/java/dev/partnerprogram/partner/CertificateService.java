package dev.partnerprogram.partner;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import dev.partnerprogram.common.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The electronic certificate of partner status, issued once the agreement is concluded. */
@Service
public class CertificateService {
    // OpenPDF ships this font; it has Cyrillic glyphs, which the built-in PDF fonts lack.
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private final PartnerService partners;
    private volatile BaseFont font;

    public CertificateService(PartnerService partners) {
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    public byte[] certificatePdf(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        if (partner.getCertificateNumber() == null) {
            throw new NotFoundException("Certificate of partner", partnerId);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 60, 60, 80, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Сертификат партнёра " + partner.getCertificateNumber());
            pdf.open();
            BaseFont base = font();
            pdf.add(centered("СЕРТИФИКАТ ПАРТНЁРА / PARTNER CERTIFICATE", new Font(base, 26)));
            pdf.add(centered(" ", new Font(base, 14)));
            pdf.add(centered(partner.getCompanyName(), new Font(base, 30)));
            pdf.add(centered(statusTitle(partner.getStatus()), new Font(base, 20)));
            pdf.add(centered(" ", new Font(base, 14)));
            pdf.add(centered("Directum RX", new Font(base, 18)));
            pdf.add(centered("№ " + partner.getCertificateNumber(), new Font(base, 16)));
            pdf.add(centered("Действителен с / Valid from " + partner.getPartnerYearStart()
                    + " по / until " + partner.getPartnerYearEnd(), new Font(base, 14)));
            pdf.add(centered(partner.getRegion(), new Font(base, 14)));
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the certificate", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static String statusTitle(PartnerStatus status) {
        return switch (status) {
            case AUTHORIZED -> "Авторизованный партнёр / Authorized Partner";
            case CERTIFIED -> "Сертифицированный партнёр / Certified Partner";
            case GENERAL -> "Генеральный партнёр / General Partner";
            case APPLICANT -> "";
        };
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    private BaseFont font() {
        if (font == null) {
            try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from the classpath");
                }
                font = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }
}
