package dev.partnerprogram.partner;

import dev.partnerprogram.common.ProgramProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a partner's benefits: the tier's table from configuration, the quotas from what was granted and used. */
@Service
public class BenefitsService {

    private final PartnerService partners;
    private final BenefitQuotaRepository quotas;
    private final ProgramProperties properties;
    private final UniversityFundBalance fund;

    public BenefitsService(PartnerService partners, BenefitQuotaRepository quotas, ProgramProperties properties,
                           UniversityFundBalance fund) {
        this.partners = partners;
        this.quotas = quotas;
        this.properties = properties;
        this.fund = fund;
    }

    @Transactional(readOnly = true)
    public Benefits benefits(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        if (!partner.getStatus().isTier()) {
            return new Benefits(partner.getStatus(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, "NONE", BigDecimal.ZERO);
        }
        ProgramProperties.TierBenefits tier = properties.tier(partner.getStatus().name());
        LocalDate today = partners.today();
        int licencesLeft = left(partnerId, QuotaKind.FREE_LICENSES, today, tier.freeLicenses());
        // Free seats are granted with the agreement for its partner year; outside one there are none to spend.
        int seatsLeft = left(partnerId, QuotaKind.FREE_TRAINING_SEATS, today, 0);
        int hoursLeft = left(partnerId, QuotaKind.CONSULTATION_HOURS, today, tier.consultationHoursPerMonth());
        BigDecimal base = partner.getBaseDiscount() == null ? BigDecimal.valueOf(tier.baseDiscount()) : partner.getBaseDiscount();
        // The quarterly additional discount arrives with the status-upgrade work; until then it is zero.
        BigDecimal additional = BigDecimal.ZERO;
        BigDecimal onPrem = base.add(additional).min(BigDecimal.valueOf(tier.maxDiscount()));
        return new Benefits(partner.getStatus(), base, additional, onPrem, tier.maxDiscount(), tier.cloudFirstDiscount(),
                tier.cloudRenewalDiscount(), tier.subscriptionDiscount(), tier.solutionsDiscount(), tier.trainingDiscount(),
                tier.freeLicenses(), licencesLeft, tier.consultationHoursPerMonth(), hoursLeft, tier.freeTrainingSeats(),
                seatsLeft, tier.marketingMaterials(), fund.balance(partnerId));
    }

    /** A quota not yet opened for the period (e.g. a new month's consultation hours) is whole. */
    private int left(long partnerId, QuotaKind kind, LocalDate day, int allowance) {
        return quotas.findCurrent(partnerId, kind, day).map(BenefitQuota::left).orElse(allowance);
    }
}
