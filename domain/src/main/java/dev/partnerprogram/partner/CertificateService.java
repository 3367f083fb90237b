package dev.partnerprogram.partner;

import static dev.partnerprogram.common.Pdf.centered;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The electronic certificate of partner status, issued once the agreement is concluded. */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private final PartnerService partners;
    private final ProgramProperties properties;

    public CertificateService(PartnerService partners, ProgramProperties properties) {
        this.partners = partners;
        this.properties = properties;
    }

    /** Where anyone checks whether the certificate holds today (no QR library is at hand, so the PDF prints the address). */
    public String verificationUrl(String certificateNumber) {
        String base = properties.mail().publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + certificateNumber;
    }

    public byte[] certificatePdf(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        if (partner.getCertificateNumber() == null) {
            throw new NotFoundException("notFound.certificate");
        }
        List<DesignationKind> designations = partners.activeDesignations(partnerId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 60, 60, 80, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Сертификат партнёра " + partner.getCertificateNumber());
            pdf.open();
            pdf.add(centered("СЕРТИФИКАТ ПАРТНЁРА / PARTNER CERTIFICATE", 26));
            pdf.add(centered(" ", 14));
            pdf.add(centered(partner.getCompanyName(), 30));
            pdf.add(centered(statusTitle(partner.getStatus()), 20));
            for (DesignationKind designation : designations) {
                pdf.add(centered(designationTitle(designation), 16));
            }
            pdf.add(centered(" ", 14));
            pdf.add(centered("Directum RX", 18));
            pdf.add(centered("№ " + partner.getCertificateNumber(), 16));
            pdf.add(centered("Действителен с / Valid from " + partner.getPartnerYearStart()
                    + " по / until " + partner.getPartnerYearEnd(), 14));
            pdf.add(centered(partner.getRegion(), 14));
            pdf.add(centered(" ", 10));
            pdf.add(centered("Проверить действительность / Verify: " + verificationUrl(partner.getCertificateNumber()), 11));
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

    static String designationTitle(DesignationKind kind) {
        return switch (kind) {
            case TRAINING_CENTER -> "Сертифицированный учебный центр / Certified Training Center";
            case DEVELOPER_PARTNER -> "Сертифицированный партнёр-разработчик / Certified Developer Partner";
        };
    }
}
