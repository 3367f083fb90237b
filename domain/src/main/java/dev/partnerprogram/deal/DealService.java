package dev.partnerprogram.deal;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.Money;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.States;
import dev.partnerprogram.common.TrailEntry;
import dev.partnerprogram.common.UniqueKeys;
import dev.partnerprogram.dashboard.SalesRollups;
import dev.partnerprogram.integration.EventType;
import dev.partnerprogram.integration.IntegrationEvents;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.payment.PaymentService;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.upgrade.ProjectService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal registration: a partner protects a customer it found. A registration naming a customer that another partner
 * registered (same tax id, or the same name once normalised) is a conflict for a manager, never refused or approved
 * silently; a second open registration of the same customer by the same partner is refused (409). An approved deal is
 * protected for the configured period (or the manager's), extended once on request; a won deal is the partner's
 * revenue (a payment, which the quarterly discount and the tier criteria read) and a project for the tier criteria.
 */
@Service
public class DealService {

    private static final Pattern TAX_ID = Pattern.compile("^(\\d{10}|\\d{12})$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_REASON = FieldChecks.MAX_COMMENT;
    private static final String UNIQUE_OPEN_CUSTOMER = "uq_deal_open_customer";
    private static final States<Deal, DealState> STATES = new States<>(Deal::getState, "deal.state", "conflict.deal.stepNotPossible");

    private final DealRepository deals;
    private final DealConflictRepository conflicts;
    private final Lookup<Deal> lookup;
    private final PartnerService partners;
    private final PaymentService payments;
    private final ProjectService projects;
    private final Notifier notifier;
    private final IntegrationEvents integration;
    private final SalesRules rules;
    private final SalesRollups sales;
    private final ZoneId zone;
    private final Clock clock;

    public DealService(DealRepository deals, DealConflictRepository conflicts, PartnerService partners, PaymentService payments,
                       ProjectService projects, Notifier notifier, IntegrationEvents integration, SalesRules rules,
                       SalesRollups sales, ProgramProperties properties, Clock clock) {
        this.deals = deals;
        this.conflicts = conflicts;
        this.lookup = new Lookup<>(deals, "notFound.deal");
        this.partners = partners;
        this.payments = payments;
        this.projects = projects;
        this.notifier = notifier;
        this.integration = integration;
        this.rules = rules;
        this.sales = sales;
        this.zone = ZoneId.of(properties.timeZone());
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Checks the registration and stores it; the partner's own open deal for the same customer is a 409. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Deal register(long partnerId, DealRequest r, String actor) {
        if (partners.get(partnerId).getStatus() == PartnerStatus.APPLICANT) {
            throw new ForbiddenException("forbidden.deal.needsStatus");
        }
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "customerName", r.customerName(), 200);
        if (FieldChecks.require(errors, "customerTaxId", r.customerTaxId(), 12) && !TAX_ID.matcher(r.customerTaxId().trim()).matches()) {
            errors.add(new FieldViolation("customerTaxId", "error.taxId"));
        }
        FieldChecks.require(errors, "region", r.region(), 100);
        if (r.expectedLicenses() != null && r.expectedLicenses() < 1) {
            errors.add(new FieldViolation("expectedLicenses", "error.atLeastOne"));
        }
        Money.positive(errors, "expectedAmount", r.expectedAmount());
        if (r.expectedCloseDate() == null) {
            errors.add(new FieldViolation("expectedCloseDate", "error.required"));
        } else if (r.expectedCloseDate().isBefore(today())) {
            errors.add(new FieldViolation("expectedCloseDate", "error.deal.closeDateInPast"));
        }
        if (r.customerName() != null && !r.customerName().isBlank() && CustomerNames.key(r.customerName()).isEmpty()) {
            errors.add(new FieldViolation("customerName", "error.deal.customerName"));
        }
        FieldChecks.throwIfAny(errors);
        String taxId = r.customerTaxId().trim();
        if (deals.existsByPartnerIdAndOpenCustomer(partnerId, taxId)
                || deals.existsByPartnerIdAndStateInAndCustomerNameKey(partnerId, DealState.OPEN, CustomerNames.key(r.customerName()))) {
            throw duplicate(r);
        }
        Deal deal = UniqueKeys.refusing(UNIQUE_OPEN_CUSTOMER, () -> duplicate(r),
                () -> deals.saveAndFlush(new Deal(partnerId, r, actor, clock.instant())));
        sales.dealRegistered(partnerId, deal.getRegion(), deal.getRegisteredAt());
        return deal;
    }

    /**
     * Finds the other partners' open registrations of the same customer, by tax id and then by normalised name, and
     * keeps them with the deal; any makes the deal a conflict for a manager. Answers whether there is one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean detectConflicts(long id) {
        Deal deal = lookup.lockIn(id, STATES, DealState.SUBMITTED);
        List<Deal> rivals = deals.findRivals(deal.getPartnerId(), DealState.OPEN, deal.getCustomerTaxId(), deal.getCustomerNameKey());
        for (Deal rival : rivals) {
            DealConflict.Match match = rival.getCustomerTaxId().equals(deal.getCustomerTaxId())
                    ? DealConflict.Match.TAX_ID : DealConflict.Match.NAME;
            conflicts.save(new DealConflict(deal.getId(), rival.getId(), match));
        }
        if (!rivals.isEmpty()) {
            deal.moveTo(DealState.CONFLICT, clock.instant());
        }
        return !rivals.isEmpty();
    }

    /** A joint sale's terms: the individual discount on licences and the partner's share of the revenue, in percent. */
    public record JointTerms(BigDecimal discount, BigDecimal partnerShare) {}

    /**
     * A manager approves the registration (a joint deal with its individual discount, at most the configured bound, and
     * the partner's share of the revenue): protected from today for {@code protectionDays} (the configured period when
     * empty, never more than the configured maximum). Answers the first moment after the protection's last day.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant approve(long id, Long protectionDays, JointTerms joint, String comment, String actor) {
        Deal deal = lookup.lockIn(id, STATES, DealState.SUBMITTED, DealState.CONFLICT);
        if (deal.isJoint()) {
            checkJointTerms(joint);
            deal.jointTerms(joint.discount().setScale(2), joint.partnerShare().setScale(2));
        }
        Period period = rules.protectionPeriod();
        if (protectionDays != null) {
            LocalDate longest = today().plus(rules.maxProtectionPeriod());
            if (protectionDays < 1 || today().plusDays(protectionDays).isAfter(longest)) {
                throw new InvalidInputException("protectionDays", "error.deal.protectionDays", ChronoUnit.DAYS.between(today(), longest));
            }
            period = Period.ofDays(protectionDays.intValue());
        }
        deal.approved(today(), today().plus(period));
        deal.decided(FieldChecks.trimToNull(comment), actor);
        deal.moveTo(DealState.APPROVED, clock.instant());
        sales.dealApproved(deal.getPartnerId(), deal.getRegion(), deal.getApprovedOn());
        notifyPartner(deal, MailTemplate.DEAL_APPROVED, "approved", deal.getProtectedUntil());
        return protectionEndsAt(deal);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long id, String reason, String actor) {
        String why = FieldChecks.decisionComment(true, reason);
        Deal deal = lookup.lockIn(id, STATES, DealState.SUBMITTED, DealState.CONFLICT);
        deal.decided(why, actor);
        deal.moveTo(DealState.REJECTED, clock.instant());
        notifyPartner(deal, MailTemplate.DEAL_REJECTED, "rejected", why);
    }

    /**
     * The partner's agreement stopped being valid: a registration waiting for a manager is rejected and a protected one
     * loses its protection (expired), each with the reason. Answers the processes that drove them, for the caller to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> closeOpenOf(long partnerId, String reason) {
        List<String> processes = new ArrayList<>();
        for (Deal open : deals.findByPartnerIdAndStateInOrderByIdAsc(partnerId, DealState.OPEN)) {
            Deal deal = lookup.lock(open.getId());
            if (!deal.getState().isOpen()) {
                continue;
            }
            deal.decided(reason, TrailEntry.SYSTEM);
            if (deal.getState() == DealState.APPROVED) {
                deal.expired(today());
            }
            boolean expires = deal.getState() == DealState.APPROVED;
            deal.moveTo(expires ? DealState.EXPIRED : DealState.REJECTED, clock.instant());
            if (expires) {
                closed(deal);
            }
            if (deal.getProcessInstanceId() != null) {
                processes.add(deal.getProcessInstanceId());
            }
        }
        return processes;
    }

    /** The one extension of a protected deal, by the configured period from its current end; a second one is a 409. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant extend(long id, String actor) {
        Deal deal = lookup.lockIn(id, STATES, DealState.APPROVED);
        if (deal.isExtended()) {
            throw new ConflictException("conflict.deal.extendedOnce", deal.getProtectedUntil().toString());
        }
        deal.extendTo(deal.getProtectedUntil().plus(rules.extension()));
        return protectionEndsAt(deal);
    }

    /**
     * The partner won the deal: the amount (positive, kopecks at most) on the day (not in the future) becomes its
     * revenue, a payment for software that the quarterly discount and the tier criteria count, and the customer a
     * project in progress, which counts for the tier once completed and confirmed like any other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markWon(long id, BigDecimal amount, LocalDate closedOn, ProjectComplexity complexity, String actor) {
        Deal deal = lookup.lockIn(id, STATES, DealState.APPROVED);
        List<FieldViolation> errors = new ArrayList<>();
        Money.positive(errors, "amount", amount);
        if (closedOn == null) {
            errors.add(new FieldViolation("closedAt", "error.required"));
        } else if (closedOn.isAfter(today())) {
            errors.add(new FieldViolation("closedAt", "error.notInFuture"));
        } else if (closedOn.isBefore(deal.getRegisteredAt().atZone(zone).toLocalDate())) {
            errors.add(new FieldViolation("closedAt", "error.deal.closedBeforeRegistration"));
        }
        FieldChecks.throwIfAny(errors);
        BigDecimal won = amount.setScale(2);
        BigDecimal partnersRevenue = partnersRevenue(deal, won);
        payments.recordDealRevenue(deal.getPartnerId(), closedOn, partnersRevenue, "deal-" + deal.getId(), actor);
        long project = projects.create(deal.getPartnerId(), new ProjectService.ProjectInput(deal.getCustomerName(),
                "Сделка № " + deal.getId(), complexity == null ? ProjectComplexity.MEDIUM : complexity, closedOn, null, null), actor).getId();
        deal.won(won, closedOn, project);
        deal.moveTo(DealState.WON, clock.instant());
        closed(deal);
        // Licensing and the CRM learn of the sale in its transaction, as of every change they subscribe to.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dealId", deal.getId());
        data.put("partnerId", deal.getPartnerId());
        data.put("customerName", deal.getCustomerName());
        data.put("customerTaxId", deal.getCustomerTaxId());
        data.put("region", deal.getRegion());
        data.put("amount", won);
        data.put("closedOn", closedOn);
        data.put("projectId", project);
        // Added later than the fields above: receivers of a joint sale learn what of the full amount is the partner's.
        data.put("joint", deal.isJoint());
        data.put("partnerShare", deal.getPartnerShare());
        data.put("partnerAmount", partnersRevenue);
        integration.publish(EventType.DEAL_WON, deal.getPartnerId(), data);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markLost(long id, String reason, String actor) {
        String why = FieldChecks.decisionComment(true, reason);
        Deal deal = lookup.lockIn(id, STATES, DealState.APPROVED);
        deal.lost(why, today());
        deal.moveTo(DealState.LOST, clock.instant());
        closed(deal);
    }

    /** The protection ran out before the partner closed the deal: the customer is free for others again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void expire(long id) {
        Deal deal = lookup.lock(id);
        if (deal.getState() == DealState.APPROVED) {
            deal.expired(today());
            deal.moveTo(DealState.EXPIRED, clock.instant());
            closed(deal);
            notifyPartner(deal, MailTemplate.DEAL_EXPIRED, "expired", deal.getProtectedUntil());
        }
    }

    /** The start of the day after the protection's last day, in the program's time zone. */
    public Instant protectionEndsAt(Deal deal) {
        return deal.getProtectedUntil().plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Transactional(readOnly = true)
    public Deal get(long id) {
        return lookup.get(id);
    }

    @Transactional(readOnly = true)
    public Page<Deal> listForPartner(long partnerId, Pageable pageable) {
        return deals.findByPartnerIdOrderByRegisteredAtDescIdDesc(partnerId, pageable);
    }

    /**
     * The joint sale a partner's quote is for: the deal must be the partner's (another's is not found) and a joint deal
     * whose terms a manager approved (protected or won).
     */
    @Transactional(readOnly = true)
    public DiscountCalculator.JointSale jointSale(long dealId, long partnerId) {
        Deal deal = lookup.get(dealId);
        if (deal.getPartnerId() != partnerId) {
            throw new NotFoundException("notFound.deal");
        }
        if (!deal.isJoint() || deal.getJointDiscount() == null) {
            throw new ConflictException("conflict.deal.notJointApproved", deal.getId());
        }
        return new DiscountCalculator.JointSale(deal.getId(), deal.getJointDiscount());
    }

    /** Every deal, conflicts first: they wait for a manager. */
    @Transactional(readOnly = true)
    public Page<Deal> listAll(Pageable pageable) {
        return deals.findAllConflictsFirst(DealState.CONFLICT, pageable);
    }

    /** The other registrations found for the same customer when the deal was registered, as they stand now. */
    @Transactional(readOnly = true)
    public List<Rival> rivals(long id) {
        return conflicts.findByDealIdOrderByIdAsc(id).stream()
                .map(c -> new Rival(lookup.get(c.getOtherDealId()), c.getMatchedBy())).toList();
    }

    /** Another partner's registration of the same customer, and how it was found. */
    public record Rival(Deal deal, DealConflict.Match matchedBy) {}

    /** Of a joint deal only the partner's share is its revenue (at least a kopeck, as the share is above 0). */
    private static BigDecimal partnersRevenue(Deal deal, BigDecimal won) {
        if (!deal.isJoint()) {
            return won;
        }
        return won.multiply(deal.getPartnerShare()).divide(HUNDRED, 2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
    }

    private void checkJointTerms(JointTerms joint) {
        List<FieldViolation> errors = new ArrayList<>();
        BigDecimal discount = joint == null ? null : joint.discount();
        BigDecimal share = joint == null ? null : joint.partnerShare();
        if (discount == null) {
            errors.add(new FieldViolation("jointDiscount", "error.required"));
        } else if (discount.signum() <= 0 || discount.compareTo(BigDecimal.valueOf(rules.jointMaxDiscount())) > 0
                || discount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldViolation("jointDiscount", "error.deal.jointDiscount", rules.jointMaxDiscount()));
        }
        if (share == null) {
            errors.add(new FieldViolation("partnerShare", "error.required"));
        } else if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0 || share.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldViolation("partnerShare", "error.deal.partnerShare"));
        }
        FieldChecks.throwIfAny(errors);
    }

    /** Won, lost or expired: counted on the sales dashboard on the day of its close. */
    private void closed(Deal deal) {
        sales.dealClosed(deal.getPartnerId(), deal.getRegion(), deal.getState().name(), deal.getClosedOn(), deal.getWonAmount(),
                deal.getApprovedOn(), deal.getProtectedUntil());
    }

    private static ConflictException duplicate(DealRequest r) {
        return new ConflictException("conflict.deal.duplicate", r.customerName().trim());
    }


    private void notifyPartner(Deal deal, MailTemplate template, String key, Object... more) {
        notifier.notifyPartner(deal.getPartnerId(), template, "deal-" + deal.getId() + "-" + key,
                Notifier.about(deal.getId(), deal.getCustomerName(), more));
    }
}
