package dev.partnerprogram.partner;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of a partner's tier and partner year, and the quarterly additional discount: what follows the tier (base
 * discount, quotas, certificate, history, mail) changes with it, in the transaction of the step that decides it.
 */
@Service
@Transactional(readOnly = true)
public class TierService {

    private final PartnerService partners;
    private final StatusHistoryRepository history;
    private final BenefitQuotaRepository quotas;
    private final QuarterDiscountRepository discounts;
    private final DiscountRules rules;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;

    private final dev.partnerprogram.integration.IntegrationEvents integration;

    public TierService(PartnerService partners, StatusHistoryRepository history, BenefitQuotaRepository quotas,
                       QuarterDiscountRepository discounts, DiscountRules rules, Notifier notifier,
                       ProgramProperties properties, Clock clock, dev.partnerprogram.integration.IntegrationEvents integration) {
        this.integration = integration;
        this.partners = partners;
        this.history = history;
        this.quotas = quotas;
        this.discounts = discounts;
        this.rules = rules;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A granted upgrade: from today the partner has the new tier's quotas (each quota of the running period grants the
     * new tier's number, less what was used of it) and designations, a new certificate, and the change in its history.
     * The base discount is fixed for the partner year (the seed's footnote 1): the new tier's applies from the next one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartnerCompany promote(long partnerId, PartnerStatus to, long applicationId, String reason) {
        PartnerCompany partner = partners.lockForUpdate(partnerId);
        if (partner.getStatus().next().filter(to::equals).isEmpty()) {
            throw new ConflictException("conflict.tier.cannotPromote", Message.label("partner.status", partner.getStatus()),
                    Message.label("partner.status", to));
        }
        changeTier(partner, to, reason, applicationId);
        notifier.notifyPartner(partnerId, MailTemplate.STATUS_GRANTED, "status-granted-" + partnerId + "-" + to,
                partner.getCompanyName(), new DefaultMessageSourceResolvable("mail.status." + to.name()),
                partner.getCertificateNumber(), partner.getPartnerYearEnd());
        return partner;
    }

    /**
     * The partner's next year starts the day after the current one ends: the base discount is set again for the tier
     * (the lower one if a demotion takes effect now) and the year's quotas are opened; free seats left of the old
     * year lapse by the timer their own quota started.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartnerCompany renewPartnerYear(long partnerId, Optional<PartnerStatus> demoteTo, String demotionReason) {
        PartnerCompany partner = partners.lockWithTier(partnerId, () -> new ConflictException("conflict.tier.noStatus"));
        LocalDate start = partner.getPartnerYearEnd().plusDays(1);
        LocalDate end = start.plusMonths(properties.partnerYear().months()).minusDays(1);
        if (demoteTo.isPresent() && partner.getStatus().lower().filter(demoteTo.get()::equals).isPresent()) {
            changeTier(partner, demoteTo.get(), demotionReason, null);
            notifier.notifyPartner(partnerId, MailTemplate.STATUS_LOWERED, "status-lowered-" + partnerId + "-" + start,
                    partner.getCompanyName(), new DefaultMessageSourceResolvable("mail.status." + demoteTo.get().name()),
                    start);
        }
        ProgramProperties.TierBenefits tier = properties.tier(partner.getStatus().name());
        partner.startPartnerYear(start, end, BigDecimal.valueOf(tier.baseDiscount()));
        partners.openQuota(new BenefitQuota(partnerId, QuotaKind.FREE_LICENSES, start, end, tier.freeLicenses()));
        partners.openQuota(new BenefitQuota(partnerId, QuotaKind.FREE_TRAINING_SEATS, start, end, tier.freeTrainingSeats()));
        notifier.notifyPartner(partnerId, MailTemplate.PARTNER_YEAR_RENEWED, "partner-year-" + partnerId + "-" + start,
                partner.getCompanyName(), start, end,
                new DefaultMessageSourceResolvable("mail.status." + partner.getStatus().name()),
                String.valueOf(tier.baseDiscount()), String.valueOf(tier.freeTrainingSeats()), String.valueOf(tier.freeLicenses()));
        return partner;
    }

    /**
     * Sets the additional discount of a quarter from the rules; base + additional never exceeds the tier's upper bound.
     * Setting it again (the tier changed within the quarter) replaces the quarter's decision.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public QuarterDiscount setQuarterDiscount(long partnerId, Quarter quarter, DiscountFacts facts) {
        PartnerCompany partner = partners.lockWithTier(partnerId, () -> new ConflictException("conflict.tier.noStatus"));
        ProgramProperties.TierBenefits tier = properties.tier(partner.getStatus().name());
        BigDecimal max = BigDecimal.valueOf(tier.maxDiscount());
        BigDecimal base = partner.getBaseDiscount().min(max);
        DiscountRules.Decision decision = rules.decide(partner.getStatus(), facts, base, max);
        BigDecimal additional = decision.additionalDiscount().max(BigDecimal.ZERO).min(max.subtract(base));
        QuarterDiscount discount = discounts.findByPartnerIdAndQuarterStart(partnerId, quarter.start())
                .orElseGet(() -> new QuarterDiscount(partnerId, quarter));
        boolean changed = discount.getAdditionalDiscount() == null || discount.getAdditionalDiscount().compareTo(additional) != 0;
        discount.set(partner.getStatus(), facts, decision.tableDiscount(), additional, base, max, clock.instant());
        discount = discounts.save(discount);
        if (changed) {
            notifier.notifyPartner(partnerId, MailTemplate.QUARTER_DISCOUNT_SET, "quarter-discount-" + partnerId + "-" + quarter + "-"
                    + additional.stripTrailingZeros().toPlainString(), partner.getCompanyName(), quarter.toString(),
                    additional.stripTrailingZeros().toPlainString(), base.add(additional).stripTrailingZeros().toPlainString(),
                    quarter.end());
        }
        return discount;
    }

    public Optional<QuarterDiscount> discount(long partnerId, LocalDate day) {
        return discounts.findByPartnerIdAndQuarterStart(partnerId, Quarter.of(day).start());
    }

    public Page<QuarterDiscount> discounts(long partnerId, Pageable pageable) {
        return discounts.findByPartnerIdOrderByQuarterStartDesc(partnerId, pageable);
    }

    /** Since when the partner has held its current tier. */
    public LocalDate tierSince(PartnerCompany partner) {
        return history.findFirstByPartnerIdAndToStatusAndFromStatusNotOrderByAtDesc(partner.getId(), partner.getStatus(),
                        partner.getStatus())
                .map(entry -> LocalDate.ofInstant(entry.getAt(), ZoneId.of(properties.timeZone())))
                .orElse(partner.getPartnerYearStart());
    }

    private void changeTier(PartnerCompany partner, PartnerStatus to, String reason, Long applicationId) {
        PartnerStatus from = partner.getStatus();
        LocalDate today = partners.today();
        ProgramProperties.TierBenefits tier = properties.tier(to.name());
        partner.changeTier(to, certificateNumber(partner, to, today));
        regrant(partner.getId(), QuotaKind.FREE_LICENSES, today, tier.freeLicenses());
        regrant(partner.getId(), QuotaKind.FREE_TRAINING_SEATS, today, tier.freeTrainingSeats());
        regrant(partner.getId(), QuotaKind.CONSULTATION_HOURS, today, tier.consultationHoursPerMonth());
        history.save(new StatusHistoryEntry(partner.getId(), clock.instant(), "system", from, to, reason, applicationId));
        integration.publish(dev.partnerprogram.integration.EventType.PARTNER_STATUS_CHANGED, partner.getId(),
                PartnerService.statusChange(partner.getId(), from, to, applicationId));
    }

    /** A quota of the running period that has already lapsed stays lapsed. */
    private void regrant(long partnerId, QuotaKind kind, LocalDate day, int granted) {
        quotas.lockCurrent(partnerId, kind, day).filter(q -> q.getExpiredAt() == null).ifPresent(q -> q.regrant(granted));
    }

    /** Each tier's certificate has its own number; the join grant's number has no tier suffix. */
    private String certificateNumber(PartnerCompany partner, PartnerStatus tier, LocalDate day) {
        return "%s-%d-%06d-%s".formatted(properties.application().certificatePrefix(), day.getYear(), partner.getId(),
                tier.name().charAt(0));
    }
}
