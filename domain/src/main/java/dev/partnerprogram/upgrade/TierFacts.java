package dev.partnerprogram.upgrade;

import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.partner.DiscountFacts;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.Quarter;
import dev.partnerprogram.partner.TierService;
import dev.partnerprogram.payment.PaymentService;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers what the rules judge a partner by, from the modules that keep it. */
@Service
@Transactional(readOnly = true)
public class TierFacts {

    /** The facts with the periods they cover, so a report can say which quarters and since when. */
    public record Snapshot(EligibilityRules.Facts facts, LocalDate tierSince, Quarter lastQuarter, Quarter quarterBefore) {}

    private final PartnerService partners;
    private final TierService tiers;
    private final ProjectService projects;
    private final CertificationService certification;
    private final PaymentService payments;
    private final DevelopmentPlanService plans;

    public TierFacts(PartnerService partners, TierService tiers, ProjectService projects, CertificationService certification,
                     PaymentService payments, DevelopmentPlanService plans) {
        this.partners = partners;
        this.tiers = tiers;
        this.projects = projects;
        this.certification = certification;
        this.payments = payments;
        this.plans = plans;
    }

    public Snapshot of(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        LocalDate today = partners.today();
        LocalDate since = tiers.tierSince(partner);
        int months = since == null ? 0 : (int) Period.between(since, today).toTotalMonths();
        Quarter last = Quarter.of(today).previous();
        Quarter before = last.previous();
        var facts = new EligibilityRules.Facts(months, projects.mediumOrLargeCompleted(partnerId),
                (int) certification.countCertifiedSpecialists(partnerId, EnumSet.allOf(CertificationTrack.class)),
                payments.total(partnerId, last.start(), last.end()), payments.total(partnerId, before.start(), before.end()),
                plans.completion(partnerId));
        return new Snapshot(facts, since, last, before);
    }

    /** For the additional discount of {@code quarter}: the payments of the two quarters before it and the plan's completion. */
    public DiscountFacts forDiscount(long partnerId, Quarter quarter) {
        Quarter from = quarter.previous().previous();
        Quarter to = quarter.previous();
        return new DiscountFacts(payments.total(partnerId, from.start(), to.end()), from.start(), to.end(),
                plans.completion(partnerId));
    }
}
