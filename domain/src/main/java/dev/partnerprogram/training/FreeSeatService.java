package dev.partnerprogram.training;

import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.BenefitQuota;
import dev.partnerprogram.partner.BenefitQuotaRepository;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The end of a partner year for its free training seats: whatever is unused lapses, and the partner hears how many. */
@Service
public class FreeSeatService {

    private final BenefitQuotaRepository quotas;
    private final PartnerService partners;
    private final Notifier notifier;
    private final Clock clock;

    public FreeSeatService(BenefitQuotaRepository quotas, PartnerService partners, Notifier notifier,
                           Clock clock) {
        this.quotas = quotas;
        this.partners = partners;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Answers how many seats lapsed. The partner's lock keeps an enrolment from taking a seat at the same moment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int expire(long quotaId) {
        BenefitQuota quota = quotas.findById(quotaId).orElseThrow();
        PartnerCompany partner = partners.lockForUpdate(quota.getPartnerId());
        quota = quotas.findForUpdate(quotaId).orElseThrow();
        if (quota.getExpiredAt() != null) {
            return quota.getExpired();
        }
        int expired = quota.expire(clock.instant());
        if (expired > 0) {
            notifier.notifyPartner(partner.getId(), MailTemplate.FREE_SEATS_EXPIRED, "free-seats-" + quotaId + "-expired",
                    partner.getCompanyName(), String.valueOf(expired), quota.getPeriodEnd());
        }
        return expired;
    }
}
