package dev.partnerprogram.partner;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.ProgramProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free consultations: reviewers log the hours given on a day of the current partner year up to today, and each calendar
 * month's hours are counted against the tier's monthly quota (opened with the month's first consultation), which
 * refuses what no longer fits.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    public record NewConsultation(LocalDate consultedOn, Integer hours, String topic) {}

    public static final int MAX_HOURS = 24;
    static final int MAX_TOPIC = 500;

    private final PartnerService partners;
    private final BenefitQuotaRepository quotas;
    private final ConsultationRepository consultations;
    private final ProgramProperties properties;
    private final Clock clock;

    public ConsultationService(PartnerService partners, BenefitQuotaRepository quotas, ConsultationRepository consultations,
                               ProgramProperties properties, Clock clock) {
        this.partners = partners;
        this.quotas = quotas;
        this.consultations = consultations;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Consultation log(long partnerId, NewConsultation input, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate today = partners.today();
        FieldChecks.requireNotInFuture(errors, "consultedOn", input.consultedOn(), today);
        FieldChecks.requireBetween(errors, "hours", input.hours(), 1, MAX_HOURS, "error.consultation.hours", MAX_HOURS);
        FieldChecks.require(errors, "topic", input.topic(), MAX_TOPIC);
        FieldChecks.throwIfAny(errors);

        PartnerCompany partner = partners.lockWithTier(partnerId, () -> new ConflictException("conflict.consultation.noStatus"));
        // Only the partner year running today has hours to count against: an older date would open a month of a
        // year that is over (or before any status), a fresh quota each time.
        LocalDate yearStart = partner.getPartnerYearStart();
        if (yearStart == null || input.consultedOn().isBefore(yearStart)) {
            throw new InvalidInputException("consultedOn", "error.consultation.outsideYear", yearStart, today);
        }
        YearMonth month = YearMonth.from(input.consultedOn());
        BenefitQuota quota = quotas.lockCurrent(partnerId, QuotaKind.CONSULTATION_HOURS, input.consultedOn())
                .orElseGet(() -> open(partner, month));
        if (quota.left() < input.hours()) {
            throw new ConflictException("conflict.consultation.usedUp", month, quota.left(), quota.getGranted(),
                    input.hours());
        }
        quota.take(input.hours());
        return consultations.save(new Consultation(partnerId, input, quota, actor, clock.instant()));
    }

    public Page<Consultation> list(long partnerId, Pageable pageable) {
        return consultations.findByPartnerIdOrderByConsultedOnDescIdDesc(partnerId, pageable);
    }

    /**
     * The month's hours are those of the partner's tier when the month is first counted. The quota covers the calendar
     * month within the partner year: a year that starts mid-month opens its own quota for the rest of that month, so a
     * month shared with the year before is not counted against that year's hours.
     */
    private BenefitQuota open(PartnerCompany partner, YearMonth month) {
        int hours = properties.tier(partner.getStatus().name()).consultationHoursPerMonth();
        LocalDate from = month.atDay(1).isBefore(partner.getPartnerYearStart()) ? partner.getPartnerYearStart() : month.atDay(1);
        LocalDate to = partner.getPartnerYearEnd() != null && partner.getPartnerYearEnd().isBefore(month.atEndOfMonth())
                ? partner.getPartnerYearEnd() : month.atEndOfMonth();
        BenefitQuota quota = new BenefitQuota(partner.getId(), QuotaKind.CONSULTATION_HOURS, from, to, hours);
        partners.openQuota(quota);
        return quota;
    }
}
