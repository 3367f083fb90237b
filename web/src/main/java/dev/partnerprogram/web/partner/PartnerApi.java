package dev.partnerprogram.web.partner;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.CertificateService;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerDesignation;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.web.system.page.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partners and benefits")
class PartnerApi {

    record PartnerYear(LocalDate start, LocalDate end) {}

    record StatusChange(Instant at, String actor, PartnerStatus from, PartnerStatus to, String reason) {}

    record PartnerResponse(long id, String companyName, String taxId, String region, PartnerStatus status,
                           List<String> designations, PartnerYear partnerYear, String certificateNumber, BigDecimal baseDiscount,
                           String website, String contactName, String contactEmail, String contactPhone,
                           List<StatusChange> statusHistory, List<DesignationValidity> designationValidity) {}

    record DesignationValidity(DesignationKind kind, LocalDate validFrom, LocalDate validUntil, PartnerDesignation.State state) {}

    record DirectoryEntry(String companyName, String region, PartnerStatus status, List<String> designations, String website,
                          Contacts contacts) {}

    record Contacts(String name, String email, String phone) {}

    private final PartnerService partners;
    private final BenefitsService benefits;
    private final CertificateService certificates;

    PartnerApi(PartnerService partners, BenefitsService benefits, CertificateService certificates) {
        this.partners = partners;
        this.benefits = benefits;
        this.certificates = certificates;
    }

    @GetMapping("/api/partners/{id}")
    PartnerResponse get(Caller caller, @PathVariable long id) {
        PartnerCompany p = visible(caller, id);
        var history = partners.history(id).stream()
                .map(h -> new StatusChange(h.getAt(), h.getActor(), h.getFromStatus(), h.getToStatus(), h.getReason())).toList();
        return new PartnerResponse(p.getId(), p.getCompanyName(), p.getTaxId(), p.getRegion(), p.getStatus(),
                partners.activeDesignations(id).stream().map(Enum::name).toList(),
                p.getPartnerYearStart() == null ? null : new PartnerYear(p.getPartnerYearStart(), p.getPartnerYearEnd()),
                p.getCertificateNumber(), p.getBaseDiscount(), p.getWebsite(), p.getContactName(), p.getContactEmail(),
                p.getContactPhone(), history, partners.designations(id).stream()
                        .map(d -> new DesignationValidity(d.getKind(), d.getValidFrom(), d.getValidUntil(), d.getState())).toList());
    }

    @GetMapping("/api/partners/{id}/benefits")
    @Operation(summary = "The tier's benefits and what is left of each quota this partner year")
    Benefits benefits(Caller caller, @PathVariable long id) {
        visible(caller, id);
        return benefits.benefits(id);
    }

    @GetMapping("/api/partners/{id}/certificate")
    ResponseEntity<byte[]> certificate(Caller caller, @PathVariable long id) {
        PartnerCompany p = visible(caller, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("certificate-" + p.getCertificateNumber() + ".pdf").build().toString())
                .body(certificates.certificatePdf(id));
    }

    @GetMapping("/api/directory")
    @Operation(summary = "The public partner directory: Authorized and higher")
    PageResponse<DirectoryEntry> directory(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var listed = partners.directory(Paging.of(page, size));
        var designations = partners.activeDesignations(listed.getContent().stream().map(PartnerCompany::getId).toList());
        return PageResponse.of(listed, p -> new DirectoryEntry(p.getCompanyName(), p.getRegion(), p.getStatus(),
                designations.getOrDefault(p.getId(), List.of()).stream().map(Enum::name).toList(), p.getWebsite(),
                new Contacts(p.getContactName(), p.getContactEmail(), p.getContactPhone())));
    }

    private PartnerCompany visible(Caller caller, long id) {
        if (!caller.maySee(id)) {
            throw new NotFoundException("notFound.partner");
        }
        return partners.get(id);
    }
}
