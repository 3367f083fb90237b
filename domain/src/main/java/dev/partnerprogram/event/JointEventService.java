package dev.partnerprogram.event;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.States;
import dev.partnerprogram.event.JointEventHistory.Action;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Joint events with vendor staff: dates are agreed no later than the configured notice (one month) before the event. */
@Service
public class JointEventService {

    public enum ReviewDecision { APPROVE, REJECT, PROPOSE_DATE }

    private static final int MAX_COMMENT = 2000;
    private static final States<JointEvent, JointEventState> STATES = new States<>(JointEvent::getState, "joint-event.state",
            "conflict.event.stepNotPossible");

    private final JointEventRepository events;
    private final Lookup<JointEvent> lookup;
    private final JointEventHistoryRepository history;
    private final PartnerService partners;
    private final Notifier notifier;
    private final ProgramProperties.Marketing rules;
    private final ZoneId zone;
    private final Clock clock;

    public JointEventService(JointEventRepository events, JointEventHistoryRepository history, PartnerService partners,
                             Notifier notifier, ProgramProperties properties, Clock clock) {
        this.events = events;
        this.lookup = new Lookup<>(events, "notFound.jointEvent");
        this.history = history;
        this.partners = partners;
        this.notifier = notifier;
        this.rules = properties.marketing();
        this.zone = ZoneId.of(properties.timeZone());
        this.clock = clock;
    }

    /** The earliest date that still gives the vendor the required notice. */
    public LocalDate earliestDate() {
        return today().plus(rules.eventMinNotice());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** A date with too little notice is refused at once, with that reason, and nothing is stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public JointEvent submit(long partnerId, JointEventRequest r, String actor) {
        PartnerCompany partner = partners.get(partnerId);
        if (partner.getStatus() == PartnerStatus.APPLICANT) {
            throw new ForbiddenException("forbidden.event.needsStatus");
        }
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "title", r.title(), 200);
        FieldChecks.require(errors, "city", r.city(), 100);
        FieldChecks.require(errors, "vendorRequest", r.vendorRequest(), 2000);
        if (r.format() == null) {
            errors.add(new FieldViolation("format", "error.required"));
        }
        if (r.expectedAudience() == null || r.expectedAudience() < 1) {
            errors.add(new FieldViolation("expectedAudience", "error.atLeastOne"));
        }
        checkNotice(errors, "date", r.date());
        FieldChecks.throwIfAny(errors);
        JointEvent event = events.save(new JointEvent(partnerId, r, clock.instant()));
        event(event, actor, Action.SUBMITTED, null);
        return event;
    }

    /** The process checks the notice again when it starts, whoever started it. */
    @Transactional(readOnly = true)
    public boolean hasEnoughNotice(long id) {
        return !get(id).getEventDate().isBefore(earliestDate());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refuseShortNotice(long id) {
        JointEvent e = lookup.lock(id);
        String reason = "dates are agreed no later than " + rules.eventMinNotice() + " before the event; the earliest possible date is "
                + earliestDate();
        e.recordDecision(reason, null, null);
        e.moveTo(JointEventState.REFUSED_SHORT_NOTICE, clock.instant());
        event(e, JointEventHistory.SYSTEM, Action.REFUSED_SHORT_NOTICE, reason);
        notifyPartner(e, MailTemplate.JOINT_EVENT_REJECTED, "refused", reason);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void openReview(long id) {
        JointEvent e = lookup.lockIn(id, STATES, JointEventState.SUBMITTED, JointEventState.DATE_PROPOSED);
        e.moveTo(JointEventState.IN_REVIEW, clock.instant());
    }

    /** Approve with the staff who will come, reject with a reason, or propose another date (with enough notice). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReviewDecision(long id, ReviewDecision decision, String staffNames, LocalDate proposedDate, String comment,
                                     String actor) {
        JointEvent e = lookup.lockIn(id, STATES, JointEventState.IN_REVIEW);
        List<FieldViolation> errors = new ArrayList<>();
        String reason = FieldChecks.trimToNull(comment);
        FieldChecks.maxLength(errors, "comment", reason, MAX_COMMENT);
        switch (decision) {
            case APPROVE -> {
                FieldChecks.require(errors, "staffNames", staffNames, 500);
                FieldChecks.throwIfAny(errors);
                e.recordDecision(reason, staffNames.trim(), null);
                event(e, actor, Action.APPROVED, staffNames.trim());
            }
            case REJECT -> {
                if (reason == null) {
                    errors.add(new FieldViolation("comment", "error.commentRequired"));
                }
                FieldChecks.throwIfAny(errors);
                e.recordDecision(reason, null, null);
                event(e, actor, Action.REJECTED, reason);
            }
            case PROPOSE_DATE -> {
                checkNotice(errors, "proposedDate", proposedDate);
                if (proposedDate != null && proposedDate.equals(e.getEventDate())) {
                    errors.add(new FieldViolation("proposedDate", "error.event.sameDate"));
                }
                FieldChecks.throwIfAny(errors);
                e.recordDecision(reason, null, proposedDate);
                event(e, actor, Action.DATE_PROPOSED, proposedDate + (reason == null ? "" : ": " + reason));
            }
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void approve(long id) {
        JointEvent e = lookup.lock(id);
        e.moveTo(JointEventState.APPROVED, clock.instant());
        notifyPartner(e, MailTemplate.JOINT_EVENT_APPROVED, "approved", e.getEventDate(), e.getStaffNames());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long id) {
        JointEvent e = lookup.lock(id);
        e.moveTo(JointEventState.REJECTED, clock.instant());
        notifyPartner(e, MailTemplate.JOINT_EVENT_REJECTED, "rejected", e.getDecisionReason());
    }

    /**
     * The partner's agreement stopped being valid: each request not yet decided is refused with the reason. Answers
     * the processes that drove them, for the caller to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> closeOpenOf(long partnerId, String reason) {
        List<String> processes = new ArrayList<>();
        for (JointEvent open : events.findByPartnerIdAndStateNotInOrderByIdAsc(partnerId, JointEventState.FINAL)) {
            JointEvent e = lookup.lock(open.getId());
            if (e.getState().isFinal()) {
                continue;
            }
            e.recordDecision(reason, null, null);
            e.moveTo(JointEventState.REJECTED, clock.instant());
            event(e, JointEventHistory.SYSTEM, Action.REJECTED, reason);
            if (e.getProcessInstanceId() != null) {
                processes.add(e.getProcessInstanceId());
            }
        }
        return processes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void proposeDate(long id) {
        JointEvent e = lookup.lock(id);
        e.moveTo(JointEventState.DATE_PROPOSED, clock.instant());
        notifyPartner(e, MailTemplate.JOINT_EVENT_DATE_PROPOSED, "proposed-" + e.getProposedDate(), e.getProposedDate(),
                e.getDecisionReason() == null ? "" : e.getDecisionReason());
    }

    /** The partner's answer to a proposed date; an accepted date goes back to marketing to name the staff. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDateAnswer(long id, boolean accepted, String actor) {
        JointEvent e = lookup.lockIn(id, STATES, JointEventState.DATE_PROPOSED);
        if (accepted) {
            LocalDate date = e.getProposedDate();
            e.moveDate();
            event(e, actor, Action.DATE_ACCEPTED, date.toString());
        } else {
            event(e, actor, Action.DATE_DECLINED, e.getProposedDate().toString());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void decline(long id) {
        JointEvent e = lookup.lock(id);
        e.moveTo(JointEventState.DECLINED, clock.instant());
    }

    /** A week (configurable) before the event, in the program's time zone. */
    @Transactional(readOnly = true)
    public Instant reminderAt(long id) {
        return get(id).getEventDate().minus(rules.eventReminderBefore()).atStartOfDay(zone).toInstant();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(long id) {
        JointEvent e = lookup.lock(id);
        if (e.getState() == JointEventState.APPROVED) {
            event(e, JointEventHistory.SYSTEM, Action.REMINDER, e.getEventDate().toString());
            notifyPartner(e, MailTemplate.JOINT_EVENT_REMINDER, "reminder-" + e.getEventDate(), e.getEventDate(), e.getStaffNames());
        }
    }

    @Transactional(readOnly = true)
    public JointEvent get(long id) {
        return lookup.get(id);
    }

    @Transactional(readOnly = true)
    public Page<JointEvent> listForPartner(long partnerId, Pageable pageable) {
        return events.findByPartnerIdOrderBySubmittedAtDesc(partnerId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<JointEvent> listAll(Pageable pageable) {
        return events.findAllByOrderBySubmittedAtDesc(pageable);
    }

    /** Approved events between two days, the calendar. */
    @Transactional(readOnly = true)
    public Page<JointEvent> calendar(LocalDate from, LocalDate to, Pageable pageable) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "error.endBeforeStart");
        }
        return events.findByStateAndEventDateBetweenOrderByEventDateAscIdAsc(JointEventState.APPROVED, from, to, pageable);
    }

    @Transactional(readOnly = true)
    public List<JointEventHistory> history(long id) {
        return history.findBySubjectIdOrderByAtAscIdAsc(id);
    }

    private void checkNotice(List<FieldViolation> errors, String field, LocalDate date) {
        if (date == null) {
            errors.add(new FieldViolation(field, "error.required"));
        } else if (date.isBefore(earliestDate())) {
            errors.add(new FieldViolation(field, "error.event.notice", earliestDate()));
        }
    }

    private void event(JointEvent e, String actor, Action action, String comment) {
        history.save(new JointEventHistory(e.getId(), clock.instant(), actor, action, comment));
    }

    private void notifyPartner(JointEvent e, MailTemplate template, String key, Object... more) {
        notifier.notifyPartner(e.getPartnerId(), template, "joint-event-" + e.getId() + "-" + key,
                Notifier.about(e.getId(), e.getTitle(), more));
    }
}
