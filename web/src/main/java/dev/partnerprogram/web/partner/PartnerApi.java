package dev.partnerprogram.web.partner;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerDesignation;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.system.api.Download;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.partner.Partners;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private final Partners partners;

    PartnerApi(Partners partners) {
        this.partners = partners;
    }

    @GetMapping("/api/partners/{id}")
    @Operation(summary = "A partner's profile: status, partner year, status history, designations")
    PartnerResponse get(Caller caller, @PathVariable long id) {
        var profile = partners.profile(caller, id);
        PartnerCompany p = profile.partner();
        var history = profile.history().stream()
                .map(h -> new StatusChange(h.getAt(), h.getActor(), h.getFromStatus(), h.getToStatus(), h.getComment())).toList();
        return new PartnerResponse(p.getId(), p.getCompanyName(), p.getTaxId(), p.getRegion(), p.getStatus(),
                profile.activeDesignations().stream().map(Enum::name).toList(),
                p.getPartnerYearStart() == null ? null : new PartnerYear(p.getPartnerYearStart(), p.getPartnerYearEnd()),
                p.getCertificateNumber(), p.getBaseDiscount(), p.getWebsite(), p.getContactName(), p.getContactEmail(),
                p.getContactPhone(), history, profile.designations().stream()
                        .map(d -> new DesignationValidity(d.getKind(), d.getValidFrom(), d.getValidUntil(), d.getState())).toList());
    }

    @GetMapping("/api/partners/{id}/benefits")
    @Operation(summary = "The tier's benefits and what is left of each quota this partner year")
    Benefits benefits(Caller caller, @PathVariable long id) {
        return partners.benefits(caller, id);
    }

    @GetMapping("/api/partners/{id}/certificate")
    @Download(MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The partner's status certificate as PDF")
    ResponseEntity<byte[]> certificate(Caller caller, @PathVariable long id) {
        var certificate = partners.certificate(caller, id);
        return Downloads.pdf(certificate.fileName(), certificate.pdf());
    }

    @GetMapping("/api/directory")
    @Operation(summary = "The public partner directory: Authorized and higher")
    @SecurityRequirements // public: anyone may call it, signed in or not
    PageResponse<DirectoryEntry> directory(@PageQuery Pageable page) {
        var directory = partners.directory(page);
        return PageResponse.of(directory.partners(), p -> new DirectoryEntry(p.getCompanyName(), p.getRegion(), p.getStatus(),
                directory.designationsOf(p.getId()).stream().map(Enum::name).toList(), p.getWebsite(),
                new Contacts(p.getContactName(), p.getContactEmail(), p.getContactPhone())));
    }
}
