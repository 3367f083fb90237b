package dev.partnerprogram.partner;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import dev.partnerprogram.integration.EventType;
import dev.partnerprogram.integration.IntegrationEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PartnerService {

    private final PartnerRepository partners;
    private final Lookup<PartnerCompany> lookup;
    private final StatusHistoryRepository history;
    private final BenefitQuotaRepository quotas;
    private final ApplicationService applications;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;
    private final PartnerDesignationRepository designations;
    private final ApplicationEventPublisher events;
    private final IntegrationEvents integration;

    public PartnerService(PartnerRepository partners, StatusHistoryRepository history, BenefitQuotaRepository quotas,
                          ApplicationService applications, Notifier notifier,
                          ProgramProperties properties, Clock clock, PartnerDesignationRepository designations,
                          ApplicationEventPublisher events, IntegrationEvents integration) {
        this.partners = partners;
        this.lookup = new Lookup<>(partners, "notFound.partner");
        this.history = history;
        this.quotas = quotas;
        this.applications = applications;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
        this.designations = designations;
        this.events = events;
        this.integration = integration;
    }

    @Transactional(readOnly = true)
    public PartnerCompany get(long partnerId) {
        return lookup.get(partnerId);
    }

    @Transactional(readOnly = true)
    public List<StatusHistoryEntry> history(long partnerId) {
        return history.findByPartnerIdOrderByAtAscIdAsc(partnerId);
    }

    @Transactional(readOnly = true)
    public Page<PartnerCompany> directory(Pageable pageable) {
        return partners.findByListedInDirectoryTrueOrderByCompanyNameAsc(pageable);
    }

    /**
     * The last step of a join application: the company becomes an Authorized partner, its partner year starts,
     * the base discount and the quotas of the tier are set, a certificate number is issued and it is listed publicly.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartnerCompany grantAuthorized(long applicationId) {
        StatusApplication application = applications.get(applicationId);
        PartnerCompany partner = get(application.getPartnerId());
        if (!partner.mayJoin()) {
            throw new ConflictException("conflict.alreadyHoldsStatus", Message.label("partner.status", partner.getStatus()));
        }
        LocalDate today = today();
        endQuotasOfTheYearCutShort(partner, today);
        LocalDate yearEnd = today.plusMonths(properties.partnerYear().months()).minusDays(1);
        ProgramProperties.TierBenefits tier = properties.tier(PartnerStatus.AUTHORIZED.name());
        String certificate = certificateNumber(partner, today);
        PartnerStatus from = partner.getStatus();

        var details = application.details();
        partner.updateProfile(details.companyName(), details.region(), details.website(), details.contactName(),
                details.contactEmail(), details.contactPhone());
        partner.grant(PartnerStatus.AUTHORIZED, today, yearEnd, BigDecimal.valueOf(tier.baseDiscount()), certificate);
        openQuota(new BenefitQuota(partner.getId(), QuotaKind.FREE_LICENSES, today, yearEnd, tier.freeLicenses()));
        openQuota(new BenefitQuota(partner.getId(), QuotaKind.FREE_TRAINING_SEATS, today, yearEnd, tier.freeTrainingSeats()));
        history.save(new StatusHistoryEntry(partner.getId(), clock.instant(), "system", from, PartnerStatus.AUTHORIZED,
                "application " + applicationId + " approved, agreement signed, basic training passed", applicationId));
        applications.markGranted(applicationId, certificate);
        integration.publish(EventType.PARTNER_STATUS_CHANGED, partner.getId(), statusChange(partner.getId(), from,
                PartnerStatus.AUTHORIZED, applicationId));
        events.publishEvent(new PartnerStatusGranted(partner.getId(), PartnerStatus.AUTHORIZED, applicationId));

        notifier.notifyPartner(partner.getId(), MailTemplate.STATUS_GRANTED, "status-granted-" + partner.getId() + "-" + PartnerStatus.AUTHORIZED,
                partner.getCompanyName(), new DefaultMessageSourceResolvable("mail.status." + PartnerStatus.AUTHORIZED.name()), certificate, yearEnd);
        return partner;
    }

    /**
     * A company joining again after its agreement was terminated: what is left of the quotas of the partner year its
     * leaving cut short ends yesterday, so the new year's quotas are the only ones from today on.
     */
    private void endQuotasOfTheYearCutShort(PartnerCompany partner, LocalDate today) {
        if (partner.getLeftProgramOn() == null) {
            return;
        }
        for (QuotaKind kind : List.of(QuotaKind.FREE_LICENSES, QuotaKind.FREE_TRAINING_SEATS)) {
            quotas.lockCurrent(partner.getId(), kind, today).filter(q -> q.getPeriodStart().isBefore(today))
                    .ifPresent(q -> q.endOn(today.minusDays(1)));
        }
    }

    void openQuota(BenefitQuota quota) {
        BenefitQuota saved = quotas.save(quota);
        events.publishEvent(new BenefitQuotaOpened(saved.getId(), saved.getPartnerId(), saved.getKind(), saved.getPeriodEnd()));
    }

    /** Holds the partner's row until the transaction ends: the steps that spend its quotas and fund queue up here. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartnerCompany lockForUpdate(long partnerId) {
        return lookup.lock(partnerId);
    }

    /** The partner's row locked as by {@link #lockForUpdate}, when it holds a tier; otherwise the given refusal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartnerCompany lockWithTier(long partnerId, Supplier<ProblemException> refusal) {
        PartnerCompany partner = lockForUpdate(partnerId);
        if (!partner.getStatus().isTier()) {
            throw refusal.get();
        }
        return partner;
    }

    /** The designations a partner holds now, for its profile, the directory and the certificate. */
    @Transactional(readOnly = true)
    public List<DesignationKind> activeDesignations(long partnerId) {
        return activeDesignations(List.of(partnerId)).getOrDefault(partnerId, List.of());
    }

    @Transactional(readOnly = true)
    public Map<Long, List<DesignationKind>> activeDesignations(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DesignationKind>> result = new HashMap<>();
        for (PartnerDesignation d : designations.findByPartnerIdInAndStateOrderByKindAsc(partnerIds, PartnerDesignation.State.ACTIVE)) {
            result.computeIfAbsent(d.getPartnerId(), id -> new ArrayList<>()).add(d.getKind());
        }
        return result;
    }

    /** Every designation the partner holds or held, with its validity. */
    @Transactional(readOnly = true)
    public List<PartnerDesignation> designations(long partnerId) {
        return designations.findByPartnerIdOrderByKindAsc(partnerId);
    }

    @Transactional(readOnly = true)
    public Optional<PartnerDesignation> designation(long partnerId, DesignationKind kind) {
        return designations.findByPartnerIdAndKind(partnerId, kind);
    }

    @Transactional(readOnly = true)
    public PartnerDesignation designation(long designationId) {
        return designations.findById(designationId).orElseThrow(() -> new NotFoundException("notFound.designation"));
    }

    @Transactional(readOnly = true)
    public boolean holdsDesignation(long partnerId, DesignationKind kind) {
        return designations.existsByPartnerIdAndKindAndState(partnerId, kind, PartnerDesignation.State.ACTIVE);
    }

    /** What a designation grant did: the designation, and the application whose validity it took over, if any. */
    public record DesignationGrant(PartnerDesignation designation, Long renewedApplicationId) {}

    /**
     * Grants a designation for the configured validity, or renews the one the partner holds: a renewal runs on from the
     * current end date, so renewing early loses nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DesignationGrant grantDesignation(long partnerId, DesignationKind kind, long applicationId, String actor) {
        PartnerCompany partner = get(partnerId);
        LocalDate today = today();
        Optional<PartnerDesignation> existing = designations.findByPartnerIdAndKind(partnerId, kind);
        PartnerDesignation designation;
        Long renewed = null;
        if (existing.isPresent()) {
            designation = existing.get();
            LocalDate from = designation.isActive() && designation.getValidUntil().isAfter(today) ? designation.getValidUntil() : today;
            if (designation.isActive() && designation.getApplicationId() != null && designation.getApplicationId() != applicationId) {
                renewed = designation.getApplicationId();
            }
            designation.renew(today, from.plus(properties.designations().validity()), applicationId);
        } else {
            designation = designations.save(new PartnerDesignation(partnerId, kind, today,
                    today.plus(properties.designations().validity()), applicationId));
        }
        history.save(new StatusHistoryEntry(partnerId, clock.instant(), actor, partner.getStatus(), partner.getStatus(),
                "designation " + kind + " granted until " + designation.getValidUntil() + " (application " + applicationId + ")",
                applicationId));
        return new DesignationGrant(designation, renewed);
    }

    /** Ends a designation whose validity has run out; a renewed one (valid further) is left alone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean expireDesignation(long designationId) {
        PartnerDesignation designation = designation(designationId);
        if (!designation.isActive() || designation.getValidUntil().isAfter(today())) {
            return false;
        }
        designation.expire();
        return true;
    }

    /**
     * The partner's agreement was terminated: each designation it holds ends with it (a designation is held on top of
     * a tier, which needs a valid agreement), with a line in its status history. Answers those it ended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PartnerDesignation> endDesignations(long partnerId, String reason) {
        PartnerCompany partner = get(partnerId);
        List<PartnerDesignation> ended = new ArrayList<>();
        for (PartnerDesignation designation : designations.findByPartnerIdOrderByKindAsc(partnerId)) {
            if (designation.isActive()) {
                designation.end();
                history.save(new StatusHistoryEntry(partnerId, clock.instant(), "system", partner.getStatus(), partner.getStatus(),
                        "designation " + designation.getKind() + " ended: " + reason, designation.getApplicationId()));
                ended.add(designation);
            }
        }
        return ended;
    }

    private String certificateNumber(PartnerCompany partner, LocalDate day) {
        return "%s-%d-%06d".formatted(properties.application().certificatePrefix(), day.getYear(), partner.getId());
    }

    /** The partner that holds the certificate of this number now; a superseded or unknown number finds none. */
    public java.util.Optional<PartnerCompany> byCertificateNumber(String number) {
        return partners.findByCertificateNumber(number);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(properties.timeZone())));
    }

    YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /** The data of a {@code partner.status-changed} integration event. */
    public static java.util.Map<String, Object> statusChange(long partnerId, PartnerStatus from, PartnerStatus to, Long applicationId) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("partnerId", partnerId);
        data.put("from", from);
        data.put("to", to);
        data.put("applicationId", applicationId);
        return data;
    }
}
