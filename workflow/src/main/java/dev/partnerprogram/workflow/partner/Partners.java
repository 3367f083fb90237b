package dev.partnerprogram.workflow.partner;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.CertificateService;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerDesignation;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.StatusHistoryEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to partner companies: the public directory, a company's profile, its benefits and its certificate.
 *
 * <p>Who may read what, decided here and only here: anybody the directory; a partner's user its own company, and
 * another company is "not found" to it (it does not learn that the company exists); vendor staff every company.
 */
@Service
public class Partners {

    /** A page of the directory with the designations each listed company holds now. */
    public record Directory(Page<PartnerCompany> partners, Map<Long, List<DesignationKind>> designations) {
        public List<DesignationKind> designationsOf(long partnerId) {
            return designations.getOrDefault(partnerId, List.of());
        }
    }

    /** A company as its profile shows it: the company, how its status changed, and its designations. */
    public record Profile(PartnerCompany partner, List<StatusHistoryEntry> history, List<DesignationKind> activeDesignations,
                          List<PartnerDesignation> designations) {}

    /** The certificate of partner status as a PDF file. */
    public record Certificate(String fileName, byte[] pdf) {}

    private final PartnerService partners;
    private final BenefitsService benefits;
    private final CertificateService certificates;

    public Partners(PartnerService partners, BenefitsService benefits, CertificateService certificates) {
        this.partners = partners;
        this.benefits = benefits;
        this.certificates = certificates;
    }

    /** The public directory: Authorized partners and higher; anybody may read it. */
    @Transactional(readOnly = true)
    public Directory directory(Pageable pageable) {
        Page<PartnerCompany> listed = partners.directory(pageable);
        return new Directory(listed, partners.activeDesignations(listed.getContent().stream().map(PartnerCompany::getId).toList()));
    }

    @Transactional(readOnly = true)
    public PartnerCompany get(Caller caller, long partnerId) {
        requireVisible(caller, partnerId, "Partner", partnerId);
        return partners.get(partnerId);
    }

    /**
     * The rule for any object of a company: the caller may learn of it if it is its own company's or the caller is staff;
     * otherwise it is "not found", named as the object {@code kind} with its {@code id}.
     */
    public void requireVisible(Caller caller, Long partnerId, String kind, Object id) {
        if (!caller.maySee(partnerId)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** The company of the signed-in partner's user; a user of no company (vendor staff) has none. */
    @Transactional(readOnly = true)
    public PartnerCompany own(Caller caller) {
        if (caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerPagesOnly");
        }
        return get(caller, caller.partnerId());
    }

    @Transactional(readOnly = true)
    public Profile profile(Caller caller, long partnerId) {
        PartnerCompany partner = get(caller, partnerId);
        return new Profile(partner, partners.history(partnerId), partners.activeDesignations(partnerId),
                partners.designations(partnerId));
    }

    /** How the company's status changed, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusHistoryEntry> history(Caller caller, long partnerId) {
        get(caller, partnerId);
        return partners.history(partnerId);
    }

    /** The tier's benefits and what is left of each quota this partner year. */
    @Transactional(readOnly = true)
    public Benefits benefits(Caller caller, long partnerId) {
        get(caller, partnerId);
        return benefits.benefits(partnerId);
    }

    @Transactional(readOnly = true)
    public Certificate certificate(Caller caller, long partnerId) {
        PartnerCompany partner = get(caller, partnerId);
        return new Certificate("certificate-" + partner.getCertificateNumber() + ".pdf", certificates.certificatePdf(partnerId));
    }

    /** The signed-in partner's own certificate; a user of no company has none to find. */
    @Transactional(readOnly = true)
    public Certificate ownCertificate(Caller caller) {
        if (caller.partnerId() == null) {
            throw new NotFoundException("notFound.certificate");
        }
        return certificate(caller, caller.partnerId());
    }

    /** Today in the program's time zone. */
    public LocalDate today() {
        return partners.today();
    }
}
