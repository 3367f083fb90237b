package dev.partnerprogram.partner;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PartnerService {

    private final PartnerRepository partners;
    private final StatusHistoryRepository history;
    private final BenefitQuotaRepository quotas;
    private final ApplicationService applications;
    private final AppUserRepository users;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;

    public PartnerService(PartnerRepository partners, StatusHistoryRepository history, BenefitQuotaRepository quotas,
                          ApplicationService applications, AppUserRepository users, Notifier notifier,
                          ProgramProperties properties, Clock clock) {
        this.partners = partners;
        this.history = history;
        this.quotas = quotas;
        this.applications = applications;
        this.users = users;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PartnerCompany get(long partnerId) {
        return partners.findById(partnerId).orElseThrow(() -> new NotFoundException("Partner", partnerId));
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
        if (partner.getStatus() != PartnerStatus.APPLICANT) {
            throw new ConflictException("The company already holds the status " + partner.getStatus());
        }
        LocalDate today = today();
        LocalDate yearEnd = today.plusMonths(properties.partnerYear().months()).minusDays(1);
        ProgramProperties.TierBenefits tier = properties.tier(PartnerStatus.AUTHORIZED.name());
        String certificate = certificateNumber(partner, today);
        PartnerStatus from = partner.getStatus();

        var details = application.details();
        partner.updateProfile(details.companyName(), details.region(), details.website(), details.contactName(),
                details.contactEmail(), details.contactPhone());
        partner.grant(PartnerStatus.AUTHORIZED, today, yearEnd, BigDecimal.valueOf(tier.baseDiscount()), certificate);
        quotas.save(new BenefitQuota(partner.getId(), QuotaKind.FREE_LICENSES, today, yearEnd, tier.freeLicenses()));
        quotas.save(new BenefitQuota(partner.getId(), QuotaKind.FREE_TRAINING_SEATS, today, yearEnd, tier.freeTrainingSeats()));
        history.save(new StatusHistoryEntry(partner.getId(), clock.instant(), "system", from, PartnerStatus.AUTHORIZED,
                "application " + applicationId + " approved, agreement signed, basic training passed", applicationId));
        applications.markGranted(applicationId, certificate);

        for (AppUser user : users.findByPartnerIdAndEnabledTrue(partner.getId())) {
            notifier.notify(user, MailTemplate.STATUS_GRANTED, "status-granted-" + partner.getId() + "-" + PartnerStatus.AUTHORIZED,
                    partner.getCompanyName(), new DefaultMessageSourceResolvable("mail.status." + PartnerStatus.AUTHORIZED.name()), certificate, yearEnd.toString());
        }
        return partner;
    }

    private String certificateNumber(PartnerCompany partner, LocalDate day) {
        return "%s-%d-%06d".formatted(properties.application().certificatePrefix(), day.getYear(), partner.getId());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(properties.timeZone())));
    }

    YearMonth thisMonth() {
        return YearMonth.from(today());
    }
}
