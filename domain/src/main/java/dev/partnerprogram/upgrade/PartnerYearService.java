package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.Quarter;
import dev.partnerprogram.partner.QuarterDiscount;
import dev.partnerprogram.partner.TierService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a partner's year: the additional discount at each quarter's start, the yearly review of the tier with
 * the managers' decision on a partner that no longer meets it, and the year's end, when a decided demotion takes
 * effect and the next year starts with the base discount and quotas of the tier.
 */
@Service
@Transactional(readOnly = true)
public class PartnerYearService {

    /** When the steps of the partner's current year are due. */
    public record YearDates(LocalDate yearStart, LocalDate yearEnd, LocalDate reviewOn, LocalDate nextQuarterStart) {}

    private static final int MAX_COMMENT = 2000;

    private final PartnerService partners;
    private final TierService tiers;
    private final TierFacts facts;
    private final EligibilityService eligibility;
    private final TierReviewRepository reviews;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;

    public PartnerYearService(PartnerService partners, TierService tiers, TierFacts facts, EligibilityService eligibility,
                              TierReviewRepository reviews, Notifier notifier, ProgramProperties properties,
                              Clock clock) {
        this.partners = partners;
        this.tiers = tiers;
        this.facts = facts;
        this.eligibility = eligibility;
        this.reviews = reviews;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /** The review runs the configured time before the year ends, never before the year starts. */
    public YearDates dates(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        LocalDate end = partner.getPartnerYearEnd();
        LocalDate reviewOn = end.plusDays(1).minus(properties.upgrade().yearlyReviewBeforeEnd());
        if (reviewOn.isBefore(partner.getPartnerYearStart())) {
            reviewOn = partner.getPartnerYearStart();
        }
        return new YearDates(partner.getPartnerYearStart(), end, reviewOn, Quarter.of(partners.today()).next().start());
    }

    /** The additional discount of the quarter that has just started (or, at a grant, of the running one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public QuarterDiscount setQuarterDiscount(long partnerId) {
        Quarter quarter = Quarter.of(partners.today());
        return tiers.setQuarterDiscount(partnerId, quarter, facts.forDiscount(partnerId, quarter));
    }

    /**
     * Judges the partner against its own tier's criteria and keeps the report; one that no longer meets them is flagged
     * to the managers. Answers whether the tier is still met. A retried step finds the review it already made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reviewTier(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        Optional<TierReview> existing = reviews.findByPartnerIdAndYearStart(partnerId, partner.getPartnerYearStart());
        if (existing.isPresent()) {
            return existing.get().getState() != TierReview.State.FLAGGED;
        }
        var evaluation = eligibility.record(partnerId, partner.getStatus(), EligibilityRules.Purpose.REVIEW, null);
        reviews.save(new TierReview(partnerId, partner.getPartnerYearStart(), partner.getPartnerYearEnd(), partner.getStatus(),
                evaluation.reportId(), evaluation.eligible(), clock.instant()));
        if (!evaluation.eligible()) {
            notifier.notifyManagers(MailTemplate.TIER_REVIEW_FLAGGED, "tier-review-" + partnerId + "-" + partner.getPartnerYearStart(),
                    partner.getCompanyName(), status(partner.getStatus()), UpgradeService.lines(evaluation.failed()),
                    partner.getPartnerYearEnd());
        }
        return evaluation.eligible();
    }

    /**
     * A manager's decision on a flagged partner. A lowered tier takes effect at the start of the first partner year that
     * leaves the partner the notice period; the partner is told now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TierReview decide(long partnerId, boolean lower, String comment, String actor) {
        String reason = FieldChecks.trimToNull(comment);
        if (lower && reason == null) {
            throw new InvalidInputException("comment", "error.commentRequired");
        }
        if (reason != null && reason.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "error.maxLength", MAX_COMMENT);
        }
        PartnerCompany partner = partners.get(partnerId);
        TierReview review = reviews.findForUpdate(partnerId, partner.getPartnerYearStart())
                .orElseThrow(() -> new ConflictException("conflict.tier.notReviewed"));
        if (!lower) {
            review.keep(actor, reason, clock.instant());
            return review;
        }
        PartnerStatus to = partner.getStatus().lower()
                .orElseThrow(() -> new ConflictException("conflict.tier.baseTier"));
        LocalDate effective = demotionDate(partner);
        review.lower(to, effective, actor, reason, clock.instant());
        notifier.notifyPartner(partnerId, MailTemplate.TIER_LOWERING_NOTICE, "tier-lowering-" + partnerId + "-" + effective,
                partner.getCompanyName(), status(partner.getStatus()), status(to), effective, reason);
        return review;
    }

    /**
     * The partner year is over: a flag nobody decided lapses, a demotion due now takes effect, and the next year starts
     * with the tier's base discount and quotas.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartnerCompany closeYear(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        LocalDate nextStart = partner.getPartnerYearEnd().plusDays(1);
        reviews.findForUpdate(partnerId, partner.getPartnerYearStart())
                .filter(r -> r.getState() == TierReview.State.FLAGGED)
                .ifPresent(r -> r.lapse(clock.instant()));
        List<TierReview> due = reviews.findDemotionsDue(partnerId, nextStart);
        Optional<TierReview> demotion = due.stream().findFirst();
        PartnerCompany renewed = tiers.renewPartnerYear(partnerId, demotion.map(TierReview::getDemoteTo),
                demotion.map(r -> "yearly review of the partner year from " + r.getYearStart() + ": tier lowered by " + r.getDecidedBy())
                        .orElse(null));
        due.forEach(r -> r.applied(clock.instant()));
        return renewed;
    }

    public Optional<TierReview> currentReview(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        return reviews.findByPartnerIdAndYearStart(partnerId, partner.getPartnerYearStart());
    }

    public Page<TierReview> reviews(long partnerId, Pageable pageable) {
        return reviews.findByPartnerIdOrderByYearStartDesc(partnerId, pageable);
    }

    public Page<TierReview> flagged(Pageable pageable) {
        return reviews.findByStateOrderByCreatedAtAsc(TierReview.State.FLAGGED, pageable);
    }

    /** The first partner-year start at least the notice period away. */
    LocalDate demotionDate(PartnerCompany partner) {
        LocalDate earliest = partners.today().plus(properties.upgrade().demotionNotice());
        LocalDate start = partner.getPartnerYearEnd().plusDays(1);
        while (start.isBefore(earliest)) {
            start = start.plusMonths(properties.partnerYear().months());
        }
        return start;
    }

    private static MessageSourceResolvable status(PartnerStatus status) {
        return new DefaultMessageSourceResolvable("mail.status." + status.name());
    }
}
