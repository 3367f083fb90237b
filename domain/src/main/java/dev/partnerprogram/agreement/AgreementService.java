package dev.partnerprogram.agreement;

import dev.partnerprogram.application.ApplicationEvent;
import dev.partnerprogram.application.ApplicationEventRepository;
import dev.partnerprogram.application.Document;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.DocumentRepository;
import dev.partnerprogram.application.DocumentService;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.TrailEntry;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.PartnerStatusGranted;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner agreement's life: concluded with the first status (its term is the partner year), reminded and renewed
 * term after term, suspended when a term ends unrenewed and reinstated by a renewal within the grace period, terminated
 * after it. Each step changes what follows the agreement in its own transaction: the directory listing, the access
 * grants (with an outbox row per change), the trail and the partner's mail.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    /**
     * What the public verification page tells about a certificate: whose it is, the status, since when it has held,
     * and whether it is valid today (a suspended or terminated agreement makes it not valid, since that day).
     */
    public record Verification(String certificateNumber, String companyName, PartnerStatus status, LocalDate validSince,
                               boolean validToday, LocalDate notValidSince) {}

    /** When the steps of the current term are due; the term ends at the start of {@code termEndsOn}. */
    public record TermDates(LocalDate renewalOpensOn, LocalDate secondReminderOn, LocalDate termEndsOn, LocalDate graceEndsOn) {}

    /** The longest reason or comment kept, as for any text a user types. */
    private static final int TEXT_LIMIT = 2000;

    /** What a certificate number looks like (prefix, year, partner id); anything else is not looked up. */
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final AgreementRepository agreements;
    private final AgreementEventRepository events;
    private final AgreementDocumentRepository documents;
    private final AgreementDocumentContentRepository contents;
    private final AccessGrantRepository grants;
    private final AccessGrantChangeRepository changes;
    private final AgreementTerminationRepository terminations;
    private final PartnerService partners;
    private final DocumentService uploads;
    private final DocumentRepository applicationDocuments;
    private final ApplicationEventRepository applicationEvents;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    private final dev.partnerprogram.integration.IntegrationEvents integration;

    public AgreementService(AgreementRepository agreements, AgreementEventRepository events, AgreementDocumentRepository documents,
                            AgreementDocumentContentRepository contents, AccessGrantRepository grants,
                            AccessGrantChangeRepository changes, AgreementTerminationRepository terminations, PartnerService partners, DocumentService uploads,
                            DocumentRepository applicationDocuments, ApplicationEventRepository applicationEvents,
                            Notifier notifier, ProgramProperties properties, Clock clock, ApplicationEventPublisher publisher,
                            dev.partnerprogram.integration.IntegrationEvents integration) {
        this.integration = integration;
        this.agreements = agreements;
        this.events = events;
        this.documents = documents;
        this.contents = contents;
        this.grants = grants;
        this.changes = changes;
        this.terminations = terminations;
        this.partners = partners;
        this.uploads = uploads;
        this.applicationDocuments = applicationDocuments;
        this.applicationEvents = applicationEvents;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** In the grant's transaction: the agreement the join application confirmed starts its term with the partner year. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onStatusGranted(PartnerStatusGranted granted) {
        conclude(granted.partnerId(), granted.applicationId());
    }

    /**
     * The agreement of a join application: signed when a reviewer confirmed it, valid for the partner year that the
     * grant has just opened, with the access it gives. A partner that still has a live agreement keeps it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Agreement conclude(long partnerId, long applicationId) {
        PartnerCompany partner = partners.lockForUpdate(partnerId);
        Optional<Agreement> live = current(partnerId).filter(a -> a.getState() != AgreementState.TERMINATED);
        if (live.isPresent()) {
            return live.get();
        }
        List<ApplicationEvent> trail = applicationEvents.findBySubjectIdOrderByAtAscIdAsc(applicationId);
        LocalDate signedOn = trail.stream().filter(e -> e.getAction() == ApplicationEvent.Action.AGREEMENT_CONFIRMED)
                .reduce((first, second) -> second).map(e -> day(e.getAt())).orElse(today());
        Long documentId = applicationDocuments.findBySubjectIdOrderByUploadedAtAscIdAsc(applicationId).stream()
                .filter(d -> d.getKind() == DocumentKind.AGREEMENT).reduce((first, second) -> second).map(Document::getId)
                .orElse(null);
        long earlier = agreements.countByPartnerId(partnerId);
        String number = "%s-%d-%06d".formatted(properties.agreement().numberPrefix(), partner.getPartnerYearStart().getYear(), partnerId)
                + (earlier == 0 ? "" : "-" + (earlier + 1));
        Agreement agreement = agreements.save(new Agreement(partnerId, number, signedOn, partner.getPartnerYearStart(),
                partner.getPartnerYearEnd(), documentId, clock.instant()));
        event(agreement, TrailEntry.SYSTEM, AgreementEvent.Action.CONCLUDED, "application " + applicationId);
        grantAccess(agreement);
        publisher.publishEvent(new AgreementConcluded(partnerId, agreement.getId()));
        return agreement;
    }

    /** The partner's current agreement: its latest, terminated or not. */
    public Optional<Agreement> current(long partnerId) {
        return agreements.findFirstByPartnerIdOrderByIdDesc(partnerId);
    }

    /** Every agreement that is not terminated: each has its process running. */
    public List<Agreement> live() {
        return agreements.findByStateNot(AgreementState.TERMINATED);
    }

    /** The agreement with its row locked, unless it has been terminated meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Agreement> lockLive(long agreementId) {
        return agreements.findForUpdate(agreementId).filter(a -> a.getState() != AgreementState.TERMINATED);
    }

    public Agreement get(long partnerId) {
        return current(partnerId).orElseThrow(() -> new NotFoundException("notFound.agreement"));
    }

    /**
     * Every agreement the partner has had, the current one first: a company that joined again after a termination keeps
     * the earlier ones, with their trails.
     */
    public Page<Agreement> all(long partnerId, Pageable pageable) {
        return agreements.findByPartnerIdOrderByIdDesc(partnerId, pageable);
    }

    /** One of the partner's agreements, current or earlier; another partner's is not found. */
    public Agreement get(long partnerId, long agreementId) {
        return agreements.findById(agreementId).filter(a -> a.getPartnerId() == partnerId)
                .orElseThrow(() -> new NotFoundException("notFound.agreement"));
    }

    /** The latest termination asked for under this agreement, whatever became of it. */
    public Optional<AgreementTermination> terminationOf(long agreementId) {
        return terminations.findFirstByAgreementIdOrderByIdDesc(agreementId);
    }

    public List<AgreementEvent> history(long agreementId) {
        return events.findBySubjectIdOrderByAtAscIdAsc(agreementId);
    }

    /** Every grant the partner holds or held, oldest first. */
    public List<AccessGrant> grants(long partnerId) {
        return grants.findByPartnerIdOrderByGrantedAtAscIdAsc(partnerId);
    }

    public Page<AccessGrant> grants(AccessKind kind, Boolean active, Pageable pageable) {
        return grants.search(kind, active, pageable);
    }

    public List<AccessGrantChange> grantChanges(long partnerId) {
        return changes.findByPartnerIdOrderByIdAsc(partnerId);
    }

    public TermDates termDates(long partnerId) {
        Agreement agreement = get(partnerId);
        var rules = properties.agreement();
        LocalDate end = agreement.getValidUntil().plusDays(1);
        return new TermDates(end.minus(rules.firstReminderBefore()), end.minus(rules.secondReminderBefore()), end,
                end.plus(rules.gracePeriod()));
    }

    /** Days from today to the term's last day, inclusive; negative once it has passed. */
    public long daysLeft(Agreement agreement) {
        return ChronoUnit.DAYS.between(today(), agreement.getValidUntil()) + 1;
    }

    /**
     * A request a partner starts (an application, an enrolment, a claim, …) needs a valid agreement: a suspended or
     * terminated one refuses it with its reason (403).
     */
    public void requireValid(long partnerId) {
        Optional<Agreement> agreement = current(partnerId);
        if (agreement.isEmpty() || agreement.get().getState().isValid()) {
            return;
        }
        Agreement a = agreement.get();
        if (a.getState() == AgreementState.SUSPENDED) {
            throw new ForbiddenException("forbidden.agreement.SUSPENDED", a.getNumber(), a.getSuspendedOn().toString(),
                    termDates(partnerId).graceEndsOn().minusDays(1).toString());
        }
        throw new ForbiddenException("forbidden.agreement.TERMINATED", a.getNumber(), String.valueOf(a.getEndedOn()));
    }

    /** Before the term ends: the partner is asked for the signed renewal (each reminder mails it once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Agreement remind(long partnerId) {
        Agreement agreement = lock(partnerId);
        if (!agreement.getState().isValid()) {
            return agreement;
        }
        agreement.renewalDue();
        long daysLeft = daysLeft(agreement);
        event(agreement, TrailEntry.SYSTEM, AgreementEvent.Action.RENEWAL_DUE, daysLeft + " days left");
        notifier.notifyPartner(partnerId, MailTemplate.AGREEMENT_RENEWAL_DUE,
                "agreement-renewal-due-" + agreement.getId() + "-" + agreement.getValidUntil() + "-" + daysLeft,
                partner(partnerId).getCompanyName(), agreement.getNumber(), agreement.getValidUntil(), daysLeft);
        return agreement;
    }

    /** The partner's signed renewal, stored with the agreement while a renewal is open (413/415 as any upload). */
    @Transactional
    public AgreementDocument uploadRenewal(long partnerId, String originalName, byte[] data, String actor) {
        String contentType = uploads.checkUpload(originalName, data);
        Agreement agreement = lock(partnerId);
        if (agreement.getState() != AgreementState.RENEWAL_DUE && agreement.getState() != AgreementState.SUSPENDED) {
            throw new ConflictException("conflict.agreement.renewalNotOpen", agreement.getNumber());
        }
        String name = DocumentService.safeName(originalName);
        AgreementDocument document = documents.save(new AgreementDocument(agreement.getId(), partnerId, name, contentType,
                data.length, actor, clock.instant()));
        contents.save(new AgreementDocumentContent(document.getId(), data));
        agreement.renewalUploaded(document.getId());
        event(agreement, actor, AgreementEvent.Action.RENEWAL_UPLOADED, name);
        return document;
    }

    /** The partner hands the uploaded renewal to the reviewers; without one there is nothing to hand (400). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void renewalSubmitted(long partnerId) {
        if (lock(partnerId).getRenewalDocumentId() == null) {
            throw new InvalidInputException("file", "error.agreementRenewalMissing");
        }
    }

    /** A reviewer confirms the uploaded renewal or returns it (a comment is then required, by the task's spec). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRenewalDecision(long partnerId, boolean confirmed, String comment, String actor) {
        Agreement agreement = lock(partnerId);
        if (agreement.getRenewalDocumentId() == null) {
            throw new ConflictException("conflict.agreement.noRenewal", agreement.getNumber());
        }
        event(agreement, actor, confirmed ? AgreementEvent.Action.RENEWAL_CONFIRMED : AgreementEvent.Action.RENEWAL_RETURNED,
                comment);
    }

    /**
     * The confirmed renewal: the next term follows the last one, as the partner year does, so a partner renewing
     * within the grace period is valid again for the year that has already begun; a suspended partner is reinstated
     * (directory, access).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Agreement confirmRenewal(long partnerId) {
        Agreement agreement = lock(partnerId);
        boolean reinstated = agreement.getState() == AgreementState.SUSPENDED;
        LocalDate from = agreement.getValidUntil().plusDays(1);
        agreement.renew(from, from.plusMonths(properties.partnerYear().months()).minusDays(1), today());
        agreement.renewalReturned();
        if (reinstated) {
            partners.lockForUpdate(partnerId).returnToDirectory();
            event(agreement, TrailEntry.SYSTEM, AgreementEvent.Action.REINSTATED, null);
        }
        grantAccess(agreement);
        notifier.notifyPartner(partnerId, MailTemplate.AGREEMENT_RENEWED, "agreement-renewed-" + agreement.getId() + "-" + from,
                partner(partnerId).getCompanyName(), agreement.getNumber(), agreement.getValidUntil());
        return agreement;
    }

    /** The returned renewal is set aside; the partner uploads another, told why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnRenewal(long partnerId) {
        Agreement agreement = lock(partnerId);
        agreement.renewalReturned();
        String reason = history(agreement.getId()).stream().filter(e -> e.getAction() == AgreementEvent.Action.RENEWAL_RETURNED)
                .reduce((first, second) -> second).map(TrailEntry::getComment).orElse("");
        notifier.notifyPartner(partnerId, MailTemplate.AGREEMENT_RENEWAL_RETURNED,
                "agreement-renewal-returned-" + agreement.getId() + "-v" + agreement.getVersion(),
                partner(partnerId).getCompanyName(), agreement.getNumber(), reason);
    }

    /**
     * The term ended without a confirmed renewal: the partner leaves the directory, loses its access and cannot start
     * new requests until a renewal within the grace period reinstates it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Agreement suspend(long partnerId) {
        Agreement agreement = lock(partnerId);
        if (!agreement.getState().isValid()) {
            return agreement;
        }
        agreement.suspend(today());
        stopPartnership(agreement);
        event(agreement, TrailEntry.SYSTEM, AgreementEvent.Action.SUSPENDED,
                "the term ended on " + agreement.getValidUntil() + " without a confirmed renewal");
        LocalDate lastDay = termDates(partnerId).graceEndsOn().minusDays(1);
        notifier.notifyPartner(partnerId, MailTemplate.AGREEMENT_SUSPENDED, "agreement-suspended-" + agreement.getId() + "-" + agreement.getValidUntil(),
                partner(partnerId).getCompanyName(), agreement.getNumber(), agreement.getValidUntil(), lastDay);
        return agreement;
    }

    /** No renewal within the grace period: the agreement ends for good; the company must apply again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Agreement lapse(long partnerId) {
        Agreement agreement = lock(partnerId);
        if (agreement.getState() == AgreementState.TERMINATED) {
            return agreement;
        }
        agreement.terminate(today());
        stopPartnership(agreement);
        event(agreement, TrailEntry.SYSTEM, AgreementEvent.Action.TERMINATED, "no renewal within the grace period");
        notifier.notifyPartner(partnerId, MailTemplate.AGREEMENT_TERMINATED, "agreement-terminated-" + agreement.getId(),
                partner(partnerId).getCompanyName(), agreement.getNumber());
        return agreement;
    }

    /**
     * The certificate of this number, as anyone may check it: only the company's name, its status and whether it holds
     * today. An unknown (or superseded) number is not found.
     */
    public Verification verify(String certificateNumber) {
        if (certificateNumber == null || !CERTIFICATE_NUMBER.matcher(certificateNumber).matches()) {
            throw new NotFoundException("notFound.certificate");
        }
        PartnerCompany partner = partners.byCertificateNumber(certificateNumber)
                .filter(p -> p.getStatus().isTier()).orElseThrow(() -> new NotFoundException("notFound.certificate"));
        LocalDate since = partners.history(partner.getId()).stream().filter(e -> e.getToStatus() == partner.getStatus())
                .reduce((first, second) -> second).map(e -> day(e.getAt())).orElse(partner.getPartnerYearStart());
        Optional<Agreement> agreement = current(partner.getId());
        boolean valid = agreement.map(a -> a.getState().isValid()).orElse(true);
        LocalDate notValidSince = agreement.filter(a -> !a.getState().isValid())
                .map(a -> a.getState() == AgreementState.SUSPENDED ? a.getSuspendedOn() : a.getEndedOn()).orElse(null);
        return new Verification(certificateNumber, partner.getCompanyName(), partner.getStatus(), since, valid, notValidSince);
    }

    /** The latest termination of the partner's current agreement, whatever became of it. */
    public Optional<AgreementTermination> termination(long partnerId) {
        return current(partnerId).flatMap(a -> terminationOf(a.getId()));
    }

    /**
     * A manager asks to terminate the agreement: a reason and the date it takes effect (today or later) are required
     * (400 naming each field). One termination at a time: while one waits for approval or its date, or once the
     * agreement is terminated, another is a conflict (409). Under the agreement's row lock, so of two at once one wins.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AgreementTermination requestTermination(long partnerId, String reason, LocalDate effectiveOn, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            errors.add(new FieldViolation("reason", "error.required"));
        } else if (why.length() > TEXT_LIMIT) {
            errors.add(new FieldViolation("reason", "error.maxLength", TEXT_LIMIT));
        }
        if (effectiveOn == null) {
            errors.add(new FieldViolation("effectiveDate", "error.required"));
        } else if (effectiveOn.isBefore(today())) {
            errors.add(new FieldViolation("effectiveDate", "error.termination.effectiveInPast", today().toString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Agreement agreement = lock(partnerId);
        if (agreement.getState() == AgreementState.TERMINATED) {
            throw new ConflictException("conflict.agreement.alreadyTerminated", agreement.getNumber());
        }
        Optional<AgreementTermination> earlier = terminations.findFirstByAgreementIdOrderByIdDesc(agreement.getId())
                .filter(t -> t.getState().isOpenOrDone());
        if (earlier.isPresent()) {
            throw new ConflictException("conflict.agreement.terminationPending", agreement.getNumber(),
                    earlier.get().getRequestedBy(), earlier.get().getEffectiveOn().toString());
        }
        AgreementTermination termination = terminations.save(new AgreementTermination(agreement.getId(), partnerId, why,
                effectiveOn, actor, clock.instant()));
        event(agreement, actor, AgreementEvent.Action.TERMINATION_REQUESTED, why);
        return termination;
    }

    /**
     * A second manager approves or rejects the requested termination (four eyes): the manager who asked may not
     * decide (403). Without a termination waiting for a decision there is nothing to decide (409).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AgreementTermination decideTermination(long partnerId, boolean approved, String comment, String actor) {
        Agreement agreement = lock(partnerId);
        AgreementTermination termination = terminations.findFirstByAgreementIdOrderByIdDesc(agreement.getId())
                .filter(t -> t.getState() == AgreementTermination.State.REQUESTED)
                .orElseThrow(() -> new ConflictException("conflict.agreement.noTerminationRequested", agreement.getNumber()));
        if (termination.getRequestedBy().equals(actor)) {
            throw new ForbiddenException("forbidden.agreement.terminationFourEyes", agreement.getNumber());
        }
        termination.decide(approved, actor, comment, clock.instant());
        event(agreement, actor, approved ? AgreementEvent.Action.TERMINATION_APPROVED : AgreementEvent.Action.TERMINATION_REJECTED,
                approved ? termination.getEffectiveOn().toString() : comment);
        return termination;
    }

    /**
     * The approved termination's date has come: the agreement is TERMINATED, in one transaction with what follows it
     * (off the directory, access revoked, the partner's mail with the reason and what it may do).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Agreement terminate(long partnerId) {
        Agreement agreement = lock(partnerId);
        AgreementTermination termination = terminations.findFirstByAgreementIdOrderByIdDesc(agreement.getId())
                .filter(t -> t.getState() == AgreementTermination.State.APPROVED)
                .orElseThrow(() -> new ConflictException("conflict.agreement.noTerminationApproved", agreement.getNumber()));
        termination.done();
        if (agreement.getState() == AgreementState.TERMINATED) {
            return agreement; // it lapsed meanwhile
        }
        agreement.terminate(today());
        stopPartnership(agreement);
        event(agreement, TrailEntry.SYSTEM, AgreementEvent.Action.TERMINATED, termination.getReason());
        notifier.notifyPartner(partnerId, MailTemplate.AGREEMENT_TERMINATED_BY_VENDOR, "agreement-terminated-by-vendor-" + agreement.getId(),
                partner(partnerId).getCompanyName(), agreement.getNumber(), termination.getReason(), agreement.getEndedOn());
        return agreement;
    }

    /** Each kind the partner does not hold now is granted, with an outbox row. */
    private void grantAccess(Agreement agreement) {
        Set<AccessKind> held = grants.findByPartnerIdAndRevokedAtIsNull(agreement.getPartnerId()).stream()
                .map(AccessGrant::getKind).collect(Collectors.toCollection(() -> EnumSet.noneOf(AccessKind.class)));
        Instant now = clock.instant();
        for (AccessKind kind : AccessKind.values()) {
            if (!held.contains(kind)) {
                AccessGrant grant = grants.save(new AccessGrant(agreement.getPartnerId(), agreement.getId(), kind, now));
                changes.save(new AccessGrantChange(grant, AccessGrantChange.Change.GRANTED, now));
                accessChanged(grant, AccessGrantChange.Change.GRANTED);
            }
        }
    }

    /**
     * What an agreement that is no longer valid takes away, in its transaction: the directory listing, the access, and
     * the partner's open requests (closed by those who run them, on the event).
     */
    private void stopPartnership(Agreement agreement) {
        PartnerCompany partner = partners.lockForUpdate(agreement.getPartnerId());
        if (agreement.getState() == AgreementState.TERMINATED) {
            partner.leaveProgram(agreement.getEndedOn());
        } else {
            partner.leaveDirectory();
        }
        revokeAccess(agreement.getPartnerId());
        publisher.publishEvent(AgreementNoLongerValid.of(agreement));
    }

    private void revokeAccess(long partnerId) {
        Instant now = clock.instant();
        for (AccessGrant grant : grants.findByPartnerIdAndRevokedAtIsNull(partnerId)) {
            grant.revoke(now);
            changes.save(new AccessGrantChange(grant, AccessGrantChange.Change.REVOKED, now));
            accessChanged(grant, AccessGrantChange.Change.REVOKED);
        }
    }

    private Agreement lock(long partnerId) {
        Agreement agreement = get(partnerId);
        return agreements.findForUpdate(agreement.getId()).orElseThrow(() -> new NotFoundException("notFound.agreement"));
    }

    private PartnerCompany partner(long partnerId) {
        return partners.get(partnerId);
    }

    private void event(Agreement agreement, String actor, AgreementEvent.Action action, String comment) {
        events.save(new AgreementEvent(agreement.getId(), clock.instant(), actor, action, comment));
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("partnerId", agreement.getPartnerId());
        data.put("number", agreement.getNumber());
        data.put("action", action);
        data.put("state", agreement.getState());
        data.put("validFrom", agreement.getValidFrom());
        data.put("validUntil", agreement.getValidUntil());
        integration.publish(dev.partnerprogram.integration.EventType.AGREEMENT_CHANGED, agreement.getPartnerId(), data);
    }

    private void accessChanged(AccessGrant grant, AccessGrantChange.Change change) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("partnerId", grant.getPartnerId());
        data.put("kind", grant.getKind());
        data.put("change", change);
        data.put("active", change == AccessGrantChange.Change.GRANTED);
        integration.publish(dev.partnerprogram.integration.EventType.ACCESS_GRANT_CHANGED, grant.getPartnerId(), data);
    }

    private LocalDate today() {
        return partners.today();
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.of(properties.timeZone()));
    }
}
