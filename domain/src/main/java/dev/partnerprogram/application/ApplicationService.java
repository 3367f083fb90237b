package dev.partnerprogram.application;

import dev.partnerprogram.application.ApplicationEvent.Action;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.States;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerRepository;
import dev.partnerprogram.partner.PartnerStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The rules of a status application's life: what may happen in which state, and what each step records and tells. */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    public enum ReviewDecision { APPROVE, REJECT, REWORK }

    private static final Set<ApplicationState> CLOSED = EnumSet.of(ApplicationState.APPROVED, ApplicationState.REJECTED, ApplicationState.WITHDRAWN);
    private static final States<StatusApplication, ApplicationState> STATES = new States<>(StatusApplication::getState, "application.state",
            "conflict.stepNotPossible");

    private final StatusApplicationRepository applications;
    private final Lookup<StatusApplication> lookup;
    private final Lookup<PartnerCompany> partners;
    private final ApplicationEventRepository events;
    private final Notifier notifier;
    private final Clock clock;

    private final dev.partnerprogram.integration.IntegrationEvents integration;

    public ApplicationService(StatusApplicationRepository applications, ApplicationEventRepository events,
                              PartnerRepository partners, Notifier notifier, Clock clock,
                              dev.partnerprogram.integration.IntegrationEvents integration) {
        this.integration = integration;
        this.applications = applications;
        this.lookup = new Lookup<>(applications, "notFound.application");
        this.partners = new Lookup<>(partners, "notFound.partner");
        this.events = events;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication submit(long partnerId, RequestedStatus requested, ApplicationDetails details, String actor) {
        if (requested == null) {
            throw new InvalidInputException("requestedStatus", "error.required");
        }
        if (requested != RequestedStatus.AUTHORIZED) {
            throw new InvalidInputException("requestedStatus", "error.onlyAuthorized");
        }
        FieldChecks.throwIfAny(details.violations());
        PartnerCompany partner = lockPartner(partnerId);
        if (!partner.mayJoin()) {
            throw new ConflictException("conflict.alreadyHoldsStatus", Message.label("partner.status", partner.getStatus()));
        }
        if (applications.existsByPartnerIdAndStateNotIn(partnerId, CLOSED)) {
            throw new ConflictException("conflict.applicationInProgress");
        }
        StatusApplication application = applications.save(new StatusApplication(partnerId, requested, details, clock.instant()));
        event(application, actor, Action.SUBMITTED, null);
        notifyPartner(application, MailTemplate.APPLICATION_RECEIVED, "received", application.getId(), application.getCompanyName());
        return application;
    }

    public StatusApplication get(long applicationId) {
        return lookup.get(applicationId);
    }

    public Page<StatusApplication> listForPartner(long partnerId, Pageable pageable) {
        return applications.findByPartnerIdOrderBySubmittedAtDesc(partnerId, pageable);
    }

    public Page<StatusApplication> listAll(Set<ApplicationState> states, Pageable pageable) {
        return states == null || states.isEmpty()
                ? applications.findAllByOrderBySubmittedAtDesc(pageable)
                : applications.findByStateInOrderBySubmittedAtDesc(states, pageable);
    }

    public List<ApplicationEvent> history(long applicationId) {
        return events.findBySubjectIdOrderByAtAscIdAsc(applicationId);
    }

    /** The review task opens (first time or after rework); the deadline starts again, so the overdue flag clears. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void openReview(long applicationId) {
        StatusApplication application = lookup.lockIn(applicationId, STATES, ApplicationState.SUBMITTED, ApplicationState.REWORK,
                ApplicationState.IN_REVIEW);
        application.flagOverdue(false);
        application.moveTo(ApplicationState.IN_REVIEW, clock.instant());
    }

    /** A reviewer's decision, recorded before the task completes; a REJECT or REWORK must say why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReviewDecision(long applicationId, ReviewDecision decision, String comment, String actor) {
        StatusApplication application = lookup.lockIn(applicationId, STATES, ApplicationState.IN_REVIEW);
        String reason = FieldChecks.decisionComment(decision != ReviewDecision.APPROVE, comment);
        application.recordDecisionReason(reason);
        Action action = switch (decision) {
            case APPROVE -> Action.REVIEW_APPROVED;
            case REJECT -> Action.REJECTED;
            case REWORK -> Action.REWORK_REQUESTED;
        };
        event(application, actor, action, reason);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void approveReview(long applicationId) {
        StatusApplication application = lookup.lock(applicationId);
        application.flagOverdue(false);
        application.moveTo(ApplicationState.AGREEMENT, clock.instant());
        notifyPartner(application, MailTemplate.APPLICATION_APPROVED, "approved", application.getId(), application.getCompanyName());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long applicationId) {
        StatusApplication application = lookup.lock(applicationId);
        application.flagOverdue(false);
        move(application, ApplicationState.REJECTED);
        notifyPartner(application, MailTemplate.APPLICATION_REJECTED, "rejected", application.getId(),
                application.getCompanyName(), application.getDecisionReason());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void requestRework(long applicationId) {
        StatusApplication application = lookup.lock(applicationId);
        application.flagOverdue(false);
        application.moveTo(ApplicationState.REWORK, clock.instant());
        notifyPartner(application, MailTemplate.REWORK_REQUESTED, "rework-v" + application.getVersion(), application.getId(),
                application.getCompanyName(), application.getDecisionReason());
    }

    /** The partner answers a rework request with corrected details. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(long applicationId, ApplicationDetails details, String comment, String actor) {
        StatusApplication application = lookup.lockIn(applicationId, STATES, ApplicationState.REWORK);
        FieldChecks.throwIfAny(details.violations());
        String note = FieldChecks.decisionComment(false, comment);
        application.apply(details, clock.instant());
        event(application, actor, Action.RESUBMITTED, note);
        notifyPartner(application, MailTemplate.APPLICATION_RECEIVED, "resubmitted-v" + application.getVersion(), application.getId(),
                application.getCompanyName());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void flagReviewOverdue(long applicationId, String deadline) {
        StatusApplication application = lookup.lock(applicationId);
        application.flagOverdue(true);
        event(application, ApplicationEvent.SYSTEM, Action.REVIEW_OVERDUE, deadline);
        notifier.notifyManagers(MailTemplate.REVIEW_OVERDUE, "overdue-" + applicationId + "-" + deadline,
                application.getId(), application.getCompanyName(), deadline);
    }

    /** Checked before the withdraw message is sent to the process, so a decided application answers 409. */
    public void checkWithdrawable(long applicationId) {
        requireOpen(get(applicationId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(long applicationId, String actor, String reason) {
        StatusApplication application = lookup.lock(applicationId);
        requireOpen(application);
        application.moveTo(ApplicationState.WITHDRAWN, clock.instant());
        application.recordDecisionReason(reason);
        event(application, actor, Action.WITHDRAWN, reason);
        notifyPartner(application, MailTemplate.APPLICATION_WITHDRAWN, "withdrawn", application.getId(),
                application.getCompanyName(), reason);
    }

    /**
     * The partner's agreement stopped being valid: each of its open applications (joining, upgrade, designation) is
     * withdrawn with the reason, which the partner reads on the application. Answers the processes that drove them, for
     * the caller to end; no mail of its own, the agreement's mail tells the partner.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> closeOpenOf(long partnerId, String reason) {
        List<String> processes = new ArrayList<>();
        for (StatusApplication open : applications.findByPartnerIdAndStateNotInOrderByIdAsc(partnerId, CLOSED)) {
            StatusApplication application = lookup.lock(open.getId());
            if (application.getState().isFinal()) {
                continue;
            }
            application.moveTo(ApplicationState.WITHDRAWN, clock.instant());
            application.recordDecisionReason(reason);
            event(application, ApplicationEvent.SYSTEM, Action.WITHDRAWN, reason);
            if (application.getProcessInstanceId() != null) {
                processes.add(application.getProcessInstanceId());
            }
        }
        return processes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void agreementUploaded(long applicationId, String actor, boolean hasAgreementDocument) {
        StatusApplication application = lookup.lockIn(applicationId, STATES, ApplicationState.AGREEMENT);
        if (!hasAgreementDocument) {
            throw new InvalidInputException("agreement", "error.agreementMissing");
        }
        application.moveTo(ApplicationState.AGREEMENT_CHECK, clock.instant());
        event(application, actor, Action.AGREEMENT_UPLOADED, null);
    }

    /** A reviewer confirms the signed agreement, or returns it (a comment is then required). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAgreementDecision(long applicationId, boolean confirmed, String comment, String actor) {
        StatusApplication application = lookup.lockIn(applicationId, STATES, ApplicationState.AGREEMENT_CHECK);
        String note = FieldChecks.decisionComment(!confirmed, comment);
        application.recordDecisionReason(note);
        event(application, actor, confirmed ? Action.AGREEMENT_CONFIRMED : Action.AGREEMENT_RETURNED, note);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void returnAgreement(long applicationId) {
        StatusApplication application = lookup.lock(applicationId);
        application.moveTo(ApplicationState.AGREEMENT, clock.instant());
        notifyPartner(application, MailTemplate.AGREEMENT_RETURNED, "agreement-returned-v" + application.getVersion(), application.getId(),
                application.getCompanyName(), application.getDecisionReason());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void awaitBasicTraining(long applicationId) {
        lookup.lock(applicationId).moveTo(ApplicationState.BASIC_TRAINING, clock.instant());
    }

    /** The partner's applications that wait for a pass of the basic course. */
    @Transactional(readOnly = true)
    public List<Long> waitingForBasicTraining(long partnerId) {
        return applications.findIdsByPartnerIdAndState(partnerId, ApplicationState.BASIC_TRAINING);
    }

    /** Nobody of the partner has passed the basic course yet: the partner is told to enrol an employee. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requestBasicTraining(long applicationId) {
        StatusApplication application = get(applicationId);
        notifyPartner(application, MailTemplate.BASIC_TRAINING_REQUIRED, "basic-training-required", String.valueOf(application.getId()),
                application.getCompanyName());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordTrainingOutcome(long applicationId, boolean passed, String employeeName, String actor) {
        StatusApplication application = lookup.lock(applicationId);
        event(application, actor, passed ? Action.BASIC_TRAINING_PASSED : Action.BASIC_TRAINING_FAILED, employeeName);
        if (!passed) {
            notifyPartner(application, MailTemplate.BASIC_TRAINING_FAILED, "training-failed-v" + application.getVersion(), application.getId(),
                    application.getCompanyName(), employeeName);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication markGranted(long applicationId, String certificateNumber) {
        StatusApplication application = lookup.lock(applicationId);
        move(application, ApplicationState.APPROVED);
        event(application, ApplicationEvent.SYSTEM, Action.STATUS_GRANTED, certificateNumber);
        return application;
    }

    /**
     * An application for an extra designation. Its profile is the partner's current one (the company applied for its
     * status with it); the evidence of the designation is kept beside it by the certification module.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication submitDesignation(long partnerId, RequestedStatus requested, String actor) {
        if (requested == null || !requested.isDesignation()) {
            throw new InvalidInputException("requestedStatus", "error.choice");
        }
        PartnerCompany partner = lockPartner(partnerId);
        if (!partner.getStatus().isTier()) {
            throw new ConflictException("conflict.designation.noStatus");
        }
        if (applications.existsByPartnerIdAndRequestedStatusAndStateNotIn(partnerId, requested, CLOSED)) {
            throw new ConflictException("conflict.designation.inProgress", Message.label("requested.status", requested));
        }
        StatusApplication application = applications.save(new StatusApplication(partnerId, requested, currentProfile(partner, null),
                clock.instant()));
        event(application, actor, Action.SUBMITTED, null);
        return application;
    }

    /**
     * An application for the next tier (the tier rules are checked by the upgrade module). Its profile is the partner's
     * current one; what the partner writes in support is its description, the evidence documents are attached to it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication submitUpgrade(long partnerId, RequestedStatus requested, String evidence, String actor) {
        if (requested == null || !requested.isUpgrade()) {
            throw new InvalidInputException("requestedStatus", "error.choice");
        }
        PartnerCompany partner = lockPartner(partnerId);
        if (applications.existsByPartnerIdAndRequestedStatusInAndStateNotIn(partnerId,
                EnumSet.of(RequestedStatus.CERTIFIED, RequestedStatus.GENERAL), CLOSED)) {
            throw new ConflictException("conflict.upgrade.inProgress");
        }
        ApplicationDetails details = currentProfile(partner, FieldChecks.trimToNull(evidence));
        FieldChecks.throwIfAny(details.violations());
        StatusApplication application = applications.save(new StatusApplication(partnerId, requested, details, clock.instant()));
        event(application, actor, Action.SUBMITTED, null);
        notifyPartner(application, MailTemplate.APPLICATION_RECEIVED, "received", application.getId(), application.getCompanyName());
        return application;
    }

    /** Moves an application on from one of the given states, with a line in its audit trail. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication advance(long applicationId, ApplicationState to, Action action, String actor, String comment,
                                     ApplicationState... from) {
        StatusApplication application = lookup.lockIn(applicationId, STATES, from);
        move(application, to);
        if (action != null) {
            event(application, actor, action, comment);
        }
        return application;
    }

    /** A reviewer's or manager's decision on an application in the given state; a rejection must say why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String recordDecision(long applicationId, ApplicationState state, boolean approve, String comment, Action approved,
                                 String actor) {
        StatusApplication application = lookup.lockIn(applicationId, STATES, state);
        String reason = FieldChecks.decisionComment(!approve, comment);
        application.recordDecisionReason(reason);
        event(application, actor, approve ? approved : Action.REJECTED, reason);
        return reason;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEvent(long applicationId, String actor, Action action, String comment) {
        event(get(applicationId), actor, action, comment);
    }

    /** Ends an application as rejected with the given reason (kept if one was recorded with the decision). */
    @Transactional(propagation = Propagation.MANDATORY)
    public StatusApplication close(long applicationId, ApplicationState finalState, String reason) {
        StatusApplication application = lookup.lock(applicationId);
        requireOpen(application);
        if (application.getDecisionReason() == null && reason != null) {
            application.recordDecisionReason(reason);
        }
        application.flagOverdue(false);
        move(application, finalState);
        return application;
    }

    /**
     * The company's row, locked until the transaction ends: its applications are created one at a time, so the check
     * for one already in progress sees every application a concurrent request created before it.
     */
    private PartnerCompany lockPartner(long partnerId) {
        return partners.lock(partnerId);
    }

    private static void requireOpen(StatusApplication application) {
        if (application.getState().isFinal()) {
            throw STATES.conflict("conflict.applicationFinal", application);
        }
    }

    /** The partner's current profile, with the activities and team of its approved join application where there is one. */
    private ApplicationDetails currentProfile(PartnerCompany partner, String evidence) {
        ApplicationDetails last = applications.findFirstByPartnerIdAndRequestedStatusAndStateOrderByDecidedAtDesc(
                        partner.getId(), RequestedStatus.AUTHORIZED, ApplicationState.APPROVED)
                .map(StatusApplication::details).orElse(null);
        return new ApplicationDetails(partner.getCompanyName(), partner.getRegion(), partner.getWebsite(),
                partner.getContactName(), partner.getContactEmail(), partner.getContactPhone(),
                last == null ? EnumSet.of(PlannedActivity.IMPLEMENTATION) : last.activities(),
                last == null ? 1 : last.teamSize(), evidence);
    }

    private void event(StatusApplication application, String actor, Action action, String comment) {
        events.save(new ApplicationEvent(application.getId(), clock.instant(), actor, action, comment));
    }

    private void notifyPartner(StatusApplication application, MailTemplate template, String key, Object... args) {
        notifier.notifyPartner(application.getPartnerId(), template, "application-" + application.getId() + "-" + key, args);
    }

    /** A decision (approved or rejected) is told to other systems, in its transaction. */
    private void move(StatusApplication application, ApplicationState to) {
        application.moveTo(to, clock.instant());
        if (to == ApplicationState.APPROVED || to == ApplicationState.REJECTED) {
            java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("applicationId", application.getId());
            data.put("partnerId", application.getPartnerId());
            data.put("requestedStatus", application.getRequestedStatus());
            data.put("decision", to);
            data.put("reason", application.getDecisionReason());
            integration.publish(dev.partnerprogram.integration.EventType.APPLICATION_DECIDED, application.getPartnerId(), data);
        }
    }
}
