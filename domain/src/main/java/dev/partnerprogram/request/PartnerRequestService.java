package dev.partnerprogram.request;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.States;
import dev.partnerprogram.common.TrailEntry;
import dev.partnerprogram.common.UniqueKeys;
import dev.partnerprogram.common.WorkingCalendar;
import dev.partnerprogram.dashboard.SalesRollups;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.ConsultationService;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner requests: a partner with a status asks for solution-sale help, the marketing materials package, a
 * consultation or a place at a vendor event. The materials follow the tier table ({@code marketing-materials}: NONE is
 * refused, ON_REQUEST is decided, INCLUDED is sent); a consultation must fit the month's hours left when asked and is
 * counted against them when held. The routing table names the answering group and the working days it has.
 */
@Service
public class PartnerRequestService {

    /** The tier table's answer for the materials package. */
    public static final String MATERIALS_NONE = "NONE";

    private static final int MAX_DETAILS = FieldChecks.MAX_COMMENT;
    private static final int MAX_NAME = 200;
    private static final int MAX_TOPIC = 500;
    private static final String UNIQUE_SOLUTION_NAME = "uq_sales_solution_name";
    private static final States<PartnerRequest, PartnerRequestState> STATES =
            new States<>(PartnerRequest::getState, "request.state", "conflict.request.answered");

    private final PartnerRequestRepository requests;
    private final SolutionRepository solutions;
    private final Lookup<PartnerRequest> lookup;
    private final Lookup<Solution> solutionLookup;
    private final PartnerService partners;
    private final BenefitsService benefits;
    private final ConsultationService consultations;
    private final WorkingCalendar calendar;
    private final RequestRouting routing;
    private final Notifier notifier;
    private final SalesRollups sales;
    private final Clock clock;

    public PartnerRequestService(PartnerRequestRepository requests, SolutionRepository solutions, PartnerService partners,
                                 BenefitsService benefits, ConsultationService consultations, WorkingCalendar calendar,
                                 RequestRouting routing, Notifier notifier, SalesRollups sales, Clock clock) {
        this.requests = requests;
        this.solutions = solutions;
        this.lookup = new Lookup<>(requests, "notFound.request");
        this.solutionLookup = new Lookup<>(solutions, "notFound.solution");
        this.partners = partners;
        this.benefits = benefits;
        this.consultations = consultations;
        this.calendar = calendar;
        this.routing = routing;
        this.notifier = notifier;
        this.sales = sales;
        this.clock = clock;
    }

    /**
     * Checks the request against its kind and the partner's tier and stores it: the materials package where the tier
     * has none is a 403, a consultation beyond the month's hours left a 409.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartnerRequest submit(long partnerId, NewPartnerRequest r, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        if (r.kind() == null) {
            errors.add(new FieldViolation("kind", "error.required"));
        }
        FieldChecks.require(errors, "details", r.details(), MAX_DETAILS);
        if (r.kind() == PartnerRequestKind.SOLUTION_SALE) {
            if (r.solutionId() == null) {
                errors.add(new FieldViolation("solutionId", "error.required"));
            } else if (solutions.findById(r.solutionId()).filter(Solution::isActive).isEmpty()) {
                errors.add(new FieldViolation("solutionId", "error.request.solution"));
            }
            FieldChecks.require(errors, "customerName", r.customerName(), MAX_NAME);
        }
        if (r.kind() == PartnerRequestKind.CONSULTATION
                && (r.hours() == null || r.hours() < 1 || r.hours() > ConsultationService.MAX_HOURS)) {
            errors.add(new FieldViolation("hours", "error.between", 1, ConsultationService.MAX_HOURS));
        }
        if (r.kind() == PartnerRequestKind.VENDOR_EVENT) {
            if (r.event() == null) {
                errors.add(new FieldViolation("event", "error.required"));
            }
            if (r.eventRole() == null) {
                errors.add(new FieldViolation("eventRole", "error.required"));
            }
        }
        FieldChecks.throwIfAny(errors);

        PartnerCompany partner = partners.lockWithTier(partnerId, () -> new ForbiddenException("forbidden.request.needsStatus"));
        Benefits tier = benefits.benefits(partnerId);
        if (r.kind() == PartnerRequestKind.MARKETING_MATERIALS && MATERIALS_NONE.equals(tier.marketingMaterials())) {
            throw new ForbiddenException("forbidden.request.noMaterials", Message.label("partner.status", partner.getStatus()));
        }
        if (r.kind() == PartnerRequestKind.CONSULTATION && tier.consultationHoursLeftThisMonth() < r.hours()) {
            throw new ConflictException("conflict.consultation.usedUp", YearMonth.from(partners.today()),
                    tier.consultationHoursLeftThisMonth(), tier.consultationHoursPerMonth(), r.hours());
        }
        NewPartnerRequest kept = new NewPartnerRequest(r.kind(), r.kind() == PartnerRequestKind.SOLUTION_SALE ? r.solutionId() : null,
                r.kind() == PartnerRequestKind.SOLUTION_SALE ? r.customerName() : null,
                r.kind() == PartnerRequestKind.VENDOR_EVENT ? r.event() : null,
                r.kind() == PartnerRequestKind.VENDOR_EVENT ? r.eventRole() : null,
                r.kind() == PartnerRequestKind.CONSULTATION ? r.hours() : null, r.details());
        return requests.saveAndFlush(new PartnerRequest(partnerId, kept, actor, clock.instant()));
    }

    /** Where the routing table sent the request, and by when its group must answer. */
    public record Routed(String group, Instant dueAt, boolean decisionNeeded) {}

    /** The routing table names the group and its working days (for the materials, by the tier table's answer). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Routed route(long id) {
        PartnerRequest request = lookup.lock(id);
        RequestRouting.Route route = routing.route(request.getKind(), benefits.benefits(request.getPartnerId()).marketingMaterials());
        Instant now = clock.instant();
        Instant due = calendar.addWorkingDays(now.atZone(calendar.zone()), route.workingDays()).toInstant();
        request.routed(route.group(), due, now);
        return new Routed(route.group(), due, route.decisionNeeded());
    }

    /**
     * The request is answered: help given, materials sent, a place at the event. A consultation is done when held,
     * and its hours are then counted against the month's like any consultation staff log.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void fulfil(long id, String answer, LocalDate consultedOn, Integer hours, String actor) {
        PartnerRequest request = lookup.lockIn(id, STATES, PartnerRequestState.OPEN);
        Long consultation = null;
        if (request.getKind() == PartnerRequestKind.CONSULTATION) {
            String topic = request.getDetails().length() > MAX_TOPIC ? request.getDetails().substring(0, MAX_TOPIC) : request.getDetails();
            consultation = consultations.log(request.getPartnerId(),
                    new ConsultationService.NewConsultation(consultedOn, hours, topic), actor).getId();
        }
        request.answered(PartnerRequestState.DONE, FieldChecks.decisionComment(false, answer), consultation, actor, clock.instant());
        answered(request);
        notifyPartner(request, MailTemplate.PARTNER_REQUEST_DONE, "done", request.getAnswer() == null ? "" : request.getAnswer());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void decline(long id, String reason, String actor) {
        PartnerRequest request = lookup.lockIn(id, STATES, PartnerRequestState.OPEN);
        request.answered(PartnerRequestState.DECLINED, FieldChecks.decisionComment(true, reason), null, actor, clock.instant());
        answered(request);
        notifyPartner(request, MailTemplate.PARTNER_REQUEST_DECLINED, "declined", request.getAnswer());
    }

    /**
     * The partner's agreement stopped being valid: each request still open is declined with the reason, which the
     * partner reads as its answer. Answers the processes that drove them, for the caller to end; no mail of its own,
     * the agreement's mail tells the partner.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> closeOpenOf(long partnerId, String reason) {
        return lookup.closeEach(requests.findByPartnerIdAndStateOrderByIdAsc(partnerId, PartnerRequestState.OPEN).stream()
                        .map(PartnerRequest::getId).toList(), r -> r.getState() == PartnerRequestState.OPEN,
                r -> {
                    r.answered(PartnerRequestState.DECLINED, reason, null, TrailEntry.SYSTEM, clock.instant());
                    answered(r);
                },
                PartnerRequest::getProcessInstanceId);
    }

    /** Answered in time or late: counted on the sales dashboard on the day the request was received. */
    private void answered(PartnerRequest request) {
        sales.requestAnswered(request.getPartnerId(), request.getKind().name(), request.getCreatedAt(), request.getDueAt(),
                request.getAnsweredAt());
    }

    @Transactional(readOnly = true)
    public PartnerRequest get(long id) {
        return lookup.get(id);
    }

    @Transactional(readOnly = true)
    public Page<PartnerRequest> listForPartner(long partnerId, Pageable pageable) {
        return requests.findByPartnerIdOrderByCreatedAtDescIdDesc(partnerId, pageable);
    }

    /** Every request, or those of one kind. */
    @Transactional(readOnly = true)
    public Page<PartnerRequest> listAll(PartnerRequestKind kind, Pageable pageable) {
        return kind == null ? requests.findAllByOrderByCreatedAtDescIdDesc(pageable)
                : requests.findByKindOrderByCreatedAtDescIdDesc(kind, pageable);
    }

    /** The vendor's solutions: the active ones a partner may choose, or all for the administrators keeping the list. */
    @Transactional(readOnly = true)
    public List<Solution> solutions(boolean activeOnly) {
        return activeOnly ? solutions.findByActiveTrueOrderByNameAsc() : solutions.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Solution solution(long id) {
        return solutionLookup.get(id);
    }

    /** A new solution of the list; a name already there is a 409. */
    @Transactional
    public Solution addSolution(String name) {
        String checked = solutionName(name);
        return UniqueKeys.refusing(UNIQUE_SOLUTION_NAME, () -> new ConflictException("conflict.solution.duplicate", checked),
                () -> solutions.saveAndFlush(new Solution(checked, clock.instant())));
    }

    /** Renames a solution or takes it off the list (requests already made keep it). */
    @Transactional
    public Solution changeSolution(long id, String name, boolean active) {
        String checked = solutionName(name);
        Solution solution = solutionLookup.lock(id);
        return UniqueKeys.refusing(UNIQUE_SOLUTION_NAME, () -> new ConflictException("conflict.solution.duplicate", checked), () -> {
            solution.change(checked, active);
            return solutions.saveAndFlush(solution);
        });
    }

    private static String solutionName(String name) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "name", name, MAX_NAME);
        FieldChecks.throwIfAny(errors);
        return name.trim();
    }

    private void notifyPartner(PartnerRequest request, MailTemplate template, String key, Object answer) {
        notifier.notifyPartner(request.getPartnerId(), template, "request-" + request.getId() + "-" + key, request.getId().toString(),
                Message.label("request.kind", request.getKind()), answer);
    }
}
