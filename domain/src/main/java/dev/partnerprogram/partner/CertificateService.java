package dev.partnerprogram.partner;

import static dev.partnerprogram.common.Pdf.centered;

import com.lowagie.text.Paragraph;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.Pdf;
import dev.partnerprogram.common.ProgramProperties;
import java.util.ArrayList;
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
        List<Paragraph> lines = new ArrayList<>();
        lines.add(centered(partner.getCompanyName(), 30));
        lines.add(centered(statusTitle(partner.getStatus()), 20));
        for (DesignationKind designation : partners.activeDesignations(partnerId)) {
            lines.add(centered(designationTitle(designation), 16));
        }
        lines.add(centered(" ", 14));
        lines.add(centered("Directum RX", 18));
        lines.add(centered("№ " + partner.getCertificateNumber(), 16));
        lines.add(centered("Действителен с / Valid from " + partner.getPartnerYearStart()
                + " по / until " + partner.getPartnerYearEnd(), 14));
        lines.add(centered(partner.getRegion(), 14));
        lines.add(centered(" ", 10));
        lines.add(centered("Проверить действительность / Verify: " + verificationUrl(partner.getCertificateNumber()), 11));
        return Pdf.certificate("Сертификат партнёра " + partner.getCertificateNumber(),
                "СЕРТИФИКАТ ПАРТНЁРА / PARTNER CERTIFICATE", lines);
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
