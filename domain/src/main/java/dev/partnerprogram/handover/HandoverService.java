package dev.partnerprogram.handover;

import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.WorkingCalendar;
import dev.partnerprogram.dashboard.SalesRollups;
import dev.partnerprogram.deal.SalesRules;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project handover: a manager offers a project; the partners of the customer's region with a status are proposed in
 * order — the higher tier first, then more certified specialists, then fewer handovers already taken — and the offer
 * goes to them one at a time, each with the configured working days to answer. The first acceptance takes it.
 */
@Service
public class HandoverService {

    /** The partner the offer went to, and by when it must answer. */
    public record Offered(long partnerId, Instant answerDueAt) {}

    /** A proposed partner's turn still to come, or the one it holds now. */
    private static final Set<HandoverOffer.State> OPEN_TURNS = EnumSet.of(HandoverOffer.State.WAITING, HandoverOffer.State.OFFERED);

    private final HandoverRepository handovers;
    private final HandoverOfferRepository offers;
    private final Lookup<Handover> lookup;
    private final CertificationService certification;
    private final WorkingCalendar calendar;
    private final SalesRules rules;
    private final PartnerService partners;
    private final Notifier notifier;
    private final SalesRollups sales;
    private final Clock clock;

    public HandoverService(HandoverRepository handovers, HandoverOfferRepository offers, CertificationService certification,
                           WorkingCalendar calendar, SalesRules rules, PartnerService partners, Notifier notifier, SalesRollups sales,
                           Clock clock) {
        this.handovers = handovers;
        this.offers = offers;
        this.lookup = new Lookup<>(handovers, "notFound.handover");
        this.certification = certification;
        this.calendar = calendar;
        this.rules = rules;
        this.partners = partners;
        this.notifier = notifier;
        this.sales = sales;
        this.clock = clock;
    }

    /** Stores the handover with its proposed partners in their order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Handover create(HandoverRequest r, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "title", r.title(), 200);
        FieldChecks.require(errors, "customerName", r.customerName(), 200);
        FieldChecks.require(errors, "region", r.region(), 100);
        if (r.kind() == null) {
            errors.add(new FieldViolation("kind", "error.required"));
        }
        FieldChecks.throwIfAny(errors);
        Handover handover = handovers.saveAndFlush(new Handover(r, actor, clock.instant()));
        int position = 0;
        for (PartnerCompany partner : proposed(handover.getRegion())) {
            offers.save(new HandoverOffer(handover.getId(), partner.getId(), position++));
        }
        sales.handoverOffered(handover.getRegion(), handover.getCreatedAt());
        return handover;
    }

    /** The partners of the region with a status, in the order the offer goes to them. */
    private List<PartnerCompany> proposed(String region) {
        record Candidate(PartnerCompany partner, long specialists, long taken) {}
        List<Candidate> candidates = new ArrayList<>();
        for (PartnerCompany p : handovers.partnersIn(region, EnumSet.of(PartnerStatus.AUTHORIZED, PartnerStatus.CERTIFIED,
                PartnerStatus.GENERAL))) {
            candidates.add(new Candidate(p, certification.countCertifiedSpecialists(p.getId(), EnumSet.allOf(CertificationTrack.class)),
                    handovers.countByPartnerIdAndState(p.getId(), HandoverState.ACCEPTED)));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.partner().getStatus()).reversed()
                .thenComparing(Comparator.comparingLong(Candidate::specialists).reversed())
                .thenComparingLong(Candidate::taken)
                .thenComparing(c -> c.partner().getId()));
        return candidates.stream().map(Candidate::partner).toList();
    }

    /** Offers the project to the next proposed partner; empty when nobody is left. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Offered> offerNext(long id) {
        Handover handover = lookup.lock(id);
        Optional<HandoverOffer> next = offers.findFirstByHandoverIdAndStateOrderByPositionAsc(id, HandoverOffer.State.WAITING);
        if (next.isEmpty()) {
            handover.offerTo(null, null, clock.instant());
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant due = calendar.addWorkingDays(now.atZone(calendar.zone()), rules.handoverAnswerWorkingDays()).toInstant();
        next.get().offered(now, due);
        handover.offerTo(next.get().getPartnerId(), due, now);
        notifier.notifyPartner(next.get().getPartnerId(), MailTemplate.HANDOVER_OFFERED, key(handover, "offered-" + next.get().getPartnerId()),
                handover.getId().toString(), handover.getTitle(), handover.getCustomerName(), handover.getRegion(),
                due);
        return Optional.of(new Offered(next.get().getPartnerId(), due));
    }

    /** The answer of the partner holding the offer; anyone else, or an offer no longer open, is a 409. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answer(long id, long partnerId, boolean accept, String actor) {
        Handover handover = lookup.lock(id);
        HandoverOffer offer = offers.findFirstByHandoverIdAndStateOrderByPositionAsc(id, HandoverOffer.State.OFFERED)
                .filter(o -> handover.getState() == HandoverState.OFFERED && o.getPartnerId() == partnerId)
                .orElseThrow(() -> new ConflictException("conflict.handover.notOffered", Message.label("handover.state", handover.getState())));
        offer.answered(accept ? HandoverOffer.State.ACCEPTED : HandoverOffer.State.DECLINED, actor, clock.instant());
        if (accept) {
            handover.moveTo(HandoverState.ACCEPTED, clock.instant());
            sales.handoverAccepted(handover.getRegion(), handover.getCreatedAt(), offer.getAnsweredAt(), offer.getPosition());
            notifier.notifyStaff(handover.getCreatedBy(), MailTemplate.HANDOVER_ACCEPTED, key(handover, "accepted"),
                    handover.getId().toString(), handover.getTitle(), handover.getCustomerName(),
                    partners.get(partnerId).getCompanyName());
        }
    }

    /** The partner holding the offer did not answer in time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lapse(long id) {
        lookup.lock(id);
        offers.findFirstByHandoverIdAndStateOrderByPositionAsc(id, HandoverOffer.State.OFFERED)
                .ifPresent(o -> o.answered(HandoverOffer.State.LAPSED, null, clock.instant()));
    }

    /**
     * The partner's agreement stopped being valid: its turns on open handovers are withdrawn with the reason — the one
     * it holds now and those still to come. Answers the processes of the handovers it held, which then offer the project
     * to the next proposed partner (or end unassigned).
     *
     * <p>Each turn is read only once its handover's row is locked, as an answer reads it ({@link #lockForAnswer}): an
     * answer that came first (accepted or declined, the project perhaps offered to the next partner since) is left as it
     * is, and an answer that comes later finds the turn withdrawn. Only the handovers' ids are read before the locks, so
     * no turn read earlier is kept in the persistence context with what it was then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> withdrawOffersTo(long partnerId, String reason) {
        List<String> held = new ArrayList<>();
        for (long handoverId : offers.findHandoverIdsOfTurns(partnerId, OPEN_TURNS)) {
            Handover handover = lookup.lock(handoverId);
            HandoverOffer offer = offers.findByHandoverIdAndPartnerId(handoverId, partnerId).orElseThrow();
            if (handover.getState() != HandoverState.OFFERED || !OPEN_TURNS.contains(offer.getState())) {
                continue;
            }
            if (offer.getState() == HandoverOffer.State.OFFERED) {
                handover.offerTo(null, null, clock.instant());
                held.add(handover.getProcessInstanceId());
            }
            offer.withdraw(reason, clock.instant());
        }
        return held;
    }

    /**
     * Before a partner's answer reads anything of the handover: its row locked, so that the answer and a withdrawal
     * (which locks it first too) take turns, and the one that comes second reads what the first one did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForAnswer(long id) {
        lookup.lock(id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void closeUnassigned(long id) {
        Handover handover = lookup.lock(id);
        handover.moveTo(HandoverState.UNASSIGNED, clock.instant());
        sales.handoverUnassigned(handover.getRegion(), handover.getCreatedAt());
        notifier.notifyStaff(handover.getCreatedBy(), MailTemplate.HANDOVER_UNASSIGNED, key(handover, "unassigned"),
                handover.getId().toString(), handover.getTitle(), handover.getCustomerName(), handover.getRegion(),
                offers.countByHandoverIdAndOfferedAtIsNotNull(id));
    }

    private static String key(Handover handover, String what) {
        return "handover-" + handover.getId() + "-" + what;
    }

    @Transactional(readOnly = true)
    public Handover get(long id) {
        return lookup.get(id);
    }

    /** Whether the project was ever offered to the partner (it may then see it). */
    @Transactional(readOnly = true)
    public boolean offeredTo(long id, long partnerId) {
        return offers.existsByHandoverIdAndPartnerIdAndOfferedAtIsNotNull(id, partnerId);
    }

    @Transactional(readOnly = true)
    public List<HandoverOffer> offers(long id) {
        return offers.findByHandoverIdOrderByPositionAsc(id);
    }

    @Transactional(readOnly = true)
    public Page<Handover> listAll(Pageable pageable) {
        return handovers.findAllByOrderByCreatedAtDescIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    public Page<Handover> listOfferedTo(long partnerId, Pageable pageable) {
        return handovers.findOfferedTo(partnerId, pageable);
    }
}
