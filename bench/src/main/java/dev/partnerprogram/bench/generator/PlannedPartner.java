package dev.partnerprogram.bench.generator;

import dev.partnerprogram.partner.PartnerStatus;
import java.time.Instant;

/**
 * A generated partner company: who it is, and when it registered and reached each status. The process generators
 * place their instances on this timeline, so a company's history reads in order.
 */
final class PlannedPartner {
    final long id;
    final long userId;
    final PartnerStatus status;
    final String companyName;
    final String taxId;
    final String region;
    final String website;
    final String contactName;
    final String email;
    final String phone;
    final String language;
    final Instant registeredAt;
    /** When the join application granted AUTHORIZED; null for applicants. */
    final Instant authorizedAt;
    final Instant certifiedAt;
    final Instant generalAt;
    /** Whether a join application (rather than the old system) made it Authorized; decided by the generator. */
    boolean joinedThroughApplication;
    /** The start of the company's running application, if it has one; finished ones all lie before it. */
    Instant openApplicationAt;

    PlannedPartner(long id, long userId, PartnerStatus status, String companyName, String taxId, String region,
                   String website, String contactName, String email, String phone, String language, Instant registeredAt,
                   Instant authorizedAt, Instant certifiedAt, Instant generalAt) {
        this.id = id;
        this.userId = userId;
        this.status = status;
        this.companyName = companyName;
        this.taxId = taxId;
        this.region = region;
        this.website = website;
        this.contactName = contactName;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.registeredAt = registeredAt;
        this.authorizedAt = authorizedAt;
        this.certifiedAt = certifiedAt;
        this.generalAt = generalAt;
    }

    boolean isTier() {
        return status.isTier();
    }
}
