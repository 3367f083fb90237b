package dev.partnerprogram.partner;

import dev.partnerprogram.common.ProgramProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a partner's benefits: the tier's table from configuration, the quotas from what was granted and used. */
@Service
@Transactional(readOnly = true)
public class BenefitsService {

    private final PartnerService partners;
    private final BenefitQuotaRepository quotas;
    private final ProgramProperties properties;
    private final UniversityFundBalance fund;

    private final QuarterDiscountRepository discounts;

    public BenefitsService(PartnerService partners, BenefitQuotaRepository quotas, ProgramProperties properties,
                           UniversityFundBalance fund, QuarterDiscountRepository discounts) {
        this.partners = partners;
        this.quotas = quotas;
        this.properties = properties;
        this.fund = fund;
        this.discounts = discounts;
    }

    public Benefits benefits(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        if (!partner.getStatus().isTier()) {
            return new Benefits(partner.getStatus(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, "NONE", BigDecimal.ZERO, null);
        }
        ProgramProperties.TierBenefits tier = properties.tier(partner.getStatus().name());
        LocalDate today = partners.today();
        int licencesLeft = left(partnerId, QuotaKind.FREE_LICENSES, today, tier.freeLicenses());
        // Free seats are granted with the agreement for its partner year; outside one there are none to spend.
        int seatsLeft = left(partnerId, QuotaKind.FREE_TRAINING_SEATS, today, 0);
        int hoursLeft = left(partnerId, QuotaKind.CONSULTATION_HOURS, today, tier.consultationHoursPerMonth());
        BigDecimal base = partner.getBaseDiscount() == null ? BigDecimal.valueOf(tier.baseDiscount()) : partner.getBaseDiscount();
        BigDecimal max = BigDecimal.valueOf(tier.maxDiscount());
        QuarterDiscount quarter = discounts.findByPartnerIdAndQuarterStart(partnerId, Quarter.of(today).start()).orElse(null);
        BigDecimal additional = quarter == null ? BigDecimal.ZERO : quarter.getAdditionalDiscount();
        // The quarter's decision may predate a change of tier within the quarter: the total still keeps to the tier's bound.
        BigDecimal onPrem = base.add(additional).min(max);
        additional = onPrem.subtract(base).max(BigDecimal.ZERO);
        // A promotion within the year leaves the base discount of the year's start; the tier's own applies from the next.
        BigDecimal tierBase = BigDecimal.valueOf(tier.baseDiscount());
        boolean basePending = base.compareTo(tierBase) != 0;
        BigDecimal nextBase = basePending ? tierBase : null;
        LocalDate nextBaseFrom = basePending ? partner.getPartnerYearEnd().plusDays(1) : null;
        var breakdown = quarter == null
                ? new Benefits.DiscountBreakdown(partner.getPartnerYearEnd(), null, null, null, null, null, null, null, null, false,
                        nextBase, nextBaseFrom)
                : new Benefits.DiscountBreakdown(partner.getPartnerYearEnd(), Quarter.of(quarter.getQuarterStart()).toString(),
                        quarter.getQuarterStart(), quarter.getQuarterEnd(), quarter.getRevenue(), quarter.getRevenueFrom(),
                        quarter.getRevenueTo(), quarter.getPlanCompletion(), quarter.getTableDiscount(),
                        quarter.getTableDiscount().compareTo(additional) > 0, nextBase, nextBaseFrom);
        return new Benefits(partner.getStatus(), base, additional, onPrem, tier.maxDiscount(), tier.cloudFirstDiscount(),
                tier.cloudRenewalDiscount(), tier.subscriptionDiscount(), tier.solutionsDiscount(), tier.trainingDiscount(),
                tier.freeLicenses(), licencesLeft, tier.consultationHoursPerMonth(), hoursLeft, tier.freeTrainingSeats(),
                seatsLeft, tier.marketingMaterials(), fund.balance(partnerId), breakdown);
    }

    /** A quota not yet opened for the period (e.g. a new month's consultation hours) is whole. */
    private int left(long partnerId, QuotaKind kind, LocalDate day, int allowance) {
        return quotas.findCurrent(partnerId, kind, day).map(BenefitQuota::left).orElse(allowance);
    }
}
