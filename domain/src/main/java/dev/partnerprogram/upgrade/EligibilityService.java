package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.Quarter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges a partner against a tier's requirements: each criterion with the partner's value, the threshold and pass or
 * fail. Shown before applying (progress to the next tier), recorded with an application and with a yearly review.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

    public record Item(String criterion, BigDecimal actual, String comparison, BigDecimal threshold, boolean met) {}

    /** A judgement; {@code committee} says a committee decides after the review (General). */
    public record Evaluation(long partnerId, PartnerStatus current, PartnerStatus target, EligibilityRules.Purpose purpose,
                             boolean eligible, List<Item> items, LocalDate tierSince, Quarter lastQuarter, Quarter quarterBefore,
                             boolean committee, Long reportId) {

        public List<Item> failed() {
            return items.stream().filter(i -> !i.met()).toList();
        }
    }

    private final EligibilityRules rules;
    private final TierFacts facts;
    private final PartnerService partners;
    private final EligibilityReportRepository reports;
    private final EligibilityCriterionRepository criteria;
    private final Clock clock;
    private final ZoneId zone;

    public EligibilityService(EligibilityRules rules, TierFacts facts, PartnerService partners, EligibilityReportRepository reports,
                              EligibilityCriterionRepository criteria, Clock clock, ProgramProperties properties) {
        this.zone = ZoneId.of(properties.timeZone());
        this.rules = rules;
        this.facts = facts;
        this.partners = partners;
        this.reports = reports;
        this.criteria = criteria;
        this.clock = clock;
    }

    /** The next tier's requirements as the partner stands today; none for an applicant or a General partner. */
    public Optional<Evaluation> progress(long partnerId) {
        PartnerCompany partner = partners.get(partnerId);
        if (!partner.getStatus().isTier()) {
            return Optional.empty();
        }
        return partner.getStatus().next().map(next -> evaluate(partner, next, EligibilityRules.Purpose.UPGRADE));
    }

    public Evaluation evaluate(long partnerId, PartnerStatus target, EligibilityRules.Purpose purpose) {
        return evaluate(partners.get(partnerId), target, purpose);
    }

    /** Judges and keeps the report, so the decision can show what it was based on later. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Evaluation record(long partnerId, PartnerStatus target, EligibilityRules.Purpose purpose, Long applicationId) {
        Evaluation evaluation = evaluate(partners.get(partnerId), target, purpose);
        EligibilityReport report = reports.save(new EligibilityReport(partnerId, target, purpose, applicationId,
                evaluation.eligible(), clock.instant()));
        for (Item item : evaluation.items()) {
            criteria.save(new EligibilityCriterion(report.getId(), item));
        }
        return withReport(evaluation, report.getId());
    }

    /** A kept report, as it was judged. */
    public Evaluation report(long reportId) {
        EligibilityReport report = reports.findById(reportId).orElseThrow();
        PartnerCompany partner = partners.get(report.getPartnerId());
        List<Item> items = criteria.findByReportIdOrderByIdAsc(reportId).stream()
                .map(c -> new Item(c.getCriterion(), c.getActual(), c.getComparison(), c.getThreshold(), c.isMet())).toList();
        Quarter last = Quarter.of(LocalDate.ofInstant(report.getCheckedAt(), zone)).previous();
        return new Evaluation(report.getPartnerId(), partner.getStatus(), report.getTargetStatus(), report.getPurpose(),
                report.isEligible(), items, null, last, last.previous(), committee(report.getTargetStatus(), report.getPurpose()),
                report.getId());
    }

    public Optional<Evaluation> forApplication(long applicationId) {
        return reports.findFirstByApplicationIdOrderByCheckedAtDescIdDesc(applicationId).map(r -> report(r.getId()));
    }

    private Evaluation evaluate(PartnerCompany partner, PartnerStatus target, EligibilityRules.Purpose purpose) {
        TierFacts.Snapshot snapshot = facts.of(partner.getId());
        List<Item> items = rules.check(target, purpose, snapshot.facts()).stream()
                .map(o -> new Item(o.criterion(), snapshot.facts().value(o.fact()), o.comparison(), o.threshold(), o.met()))
                .toList();
        boolean eligible = items.stream().allMatch(Item::met);
        return new Evaluation(partner.getId(), partner.getStatus(), target, purpose, eligible, items, snapshot.tierSince(),
                snapshot.lastQuarter(), snapshot.quarterBefore(), committee(target, purpose), null);
    }

    private static Evaluation withReport(Evaluation e, long reportId) {
        return new Evaluation(e.partnerId(), e.current(), e.target(), e.purpose(), e.eligible(), e.items(), e.tierSince(),
                e.lastQuarter(), e.quarterBefore(), e.committee(), reportId);
    }

    private static boolean committee(PartnerStatus target, EligibilityRules.Purpose purpose) {
        return target == PartnerStatus.GENERAL && purpose == EligibilityRules.Purpose.UPGRADE;
    }
}
