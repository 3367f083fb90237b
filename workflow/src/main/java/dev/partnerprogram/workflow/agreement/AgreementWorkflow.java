package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AccessGrant;
import dev.partnerprogram.agreement.AccessKind;
import dev.partnerprogram.agreement.Agreement;
import dev.partnerprogram.agreement.AgreementConcluded;
import dev.partnerprogram.agreement.AgreementDocument;
import dev.partnerprogram.agreement.AgreementEvent;
import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.agreement.AgreementTermination;
import dev.partnerprogram.agreement.RenewalsList;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.AgreementTerminationProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The door to partner agreements: a partner's agreement with its access grants and trail, the partner's upload of the
 * signed renewal, and the access grants for the systems that enforce them. Runs each agreement's
 * {@code partner-agreement} process from its conclusion on.
 *
 * <p>Who may do what, decided here: the partner's own users and vendor staff read its agreement (another partner: not
 * found); only the partner's own users upload its renewal; only administrators list the grants of all partners.
 */
@Service
public class AgreementWorkflow {

    /** An agreement as its page and the API show it. */
    public record AgreementView(Agreement agreement, long daysLeft, LocalDate renewalBy, List<AccessGrant> grants,
                                List<AgreementEvent> history, Optional<AgreementTermination> termination) {}

    /** One of the partner's agreements in its list: how it ended, once it has (null before). */
    public record AgreementSummary(Agreement agreement, Ending ending) {}

    /** How an agreement ended: the vendor terminated it (four eyes), or no renewal came within the grace period. */
    public enum Ending { BY_VENDOR, NO_RENEWAL }

    /** The trail's lines that only staff read. */
    private static final Set<AgreementEvent.Action> INTERNAL = EnumSet.of(AgreementEvent.Action.TERMINATION_REQUESTED,
            AgreementEvent.Action.TERMINATION_APPROVED, AgreementEvent.Action.TERMINATION_REJECTED);

    private final AgreementService agreements;
    private final RuntimeService runtime;
    private final TaskInbox inbox;
    private final TransactionTemplate transactions;
    private final ProgramProperties properties;
    private final RenewalsList renewals;
    private final AgreementsWithoutProcess withoutProcess;

    public AgreementWorkflow(AgreementService agreements, RuntimeService runtime, TaskInbox inbox, TransactionTemplate transactions,
                             ProgramProperties properties, RenewalsList renewals, AgreementsWithoutProcess withoutProcess) {
        this.withoutProcess = withoutProcess;
        this.properties = properties;
        this.renewals = renewals;
        this.agreements = agreements;
        this.runtime = runtime;
        this.inbox = inbox;
        this.transactions = transactions;
    }

    /** In the conclusion's transaction: the agreement's process starts, one per partner. */
    @EventListener
    public void onConcluded(AgreementConcluded concluded) {
        startUnlessRunning(concluded.partnerId());
    }

    /**
     * Agreements that have no process yet (those the migration gave existing partners, or rows loaded from elsewhere)
     * get one at start-up, each under its row lock so that two nodes starting together do not both start it. Which ones
     * lack it is one query, not a look-up per agreement, so that a start with thousands of agreements costs nothing
     * when every process runs.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void startMissingProcesses() {
        for (long agreementId : withoutProcess.find()) {
            transactions.executeWithoutResult(status ->
                    agreements.lockLive(agreementId).ifPresent(a -> startUnlessRunning(a.getPartnerId())));
        }
    }

    @Transactional(readOnly = true)
    public AgreementView agreement(Caller caller, long partnerId) {
        requireVisible(caller, partnerId);
        return view(caller, agreements.get(partnerId));
    }

    /** One of the partner's agreements, the current one or an earlier one (before it joined again), with its trail. */
    @Transactional(readOnly = true)
    public AgreementView agreement(Caller caller, long partnerId, long agreementId) {
        requireVisible(caller, partnerId);
        return view(caller, agreements.get(partnerId, agreementId));
    }

    /** Every agreement the partner has had, the current one first. */
    @Transactional(readOnly = true)
    public Page<Agreement> agreements(Caller caller, long partnerId, Pageable pageable) {
        requireVisible(caller, partnerId);
        return agreements.all(partnerId, pageable);
    }

    /**
     * The partner's agreements for its pages, the current one first, each with how it ended: a company that joined again
     * after a termination lists the earlier ones there, each linked to its trail.
     */
    @Transactional(readOnly = true)
    public Page<AgreementSummary> agreementList(Caller caller, long partnerId, Pageable pageable) {
        requireVisible(caller, partnerId);
        return agreements.all(partnerId, pageable).map(a -> new AgreementSummary(a, endingOf(a)));
    }

    private Ending endingOf(Agreement agreement) {
        if (agreement.getState() != AgreementState.TERMINATED) {
            return null;
        }
        boolean byVendor = agreements.terminationOf(agreement.getId())
                .filter(t -> t.getState() == AgreementTermination.State.DONE).isPresent();
        return byVendor ? Ending.BY_VENDOR : Ending.NO_RENEWAL;
    }

    private static void requireVisible(Caller caller, long partnerId) {
        if (!caller.maySee(partnerId)) {
            throw new NotFoundException("notFound.agreement");
        }
    }

    private AgreementView view(Caller caller, Agreement agreement) {
        long partnerId = agreement.getPartnerId();
        LocalDate renewalBy = agreement.getState() == AgreementState.SUSPENDED
                ? agreements.termDates(partnerId).graceEndsOn().minusDays(1) : agreement.getValidUntil();
        List<AgreementEvent> history = agreements.history(agreement.getId());
        Optional<AgreementTermination> termination = agreements.terminationOf(agreement.getId());
        List<AccessGrant> grants = agreements.grants(partnerId).stream()
                .filter(g -> g.getAgreementId().equals(agreement.getId())).toList();
        if (!caller.isStaff()) {
            // The vendor's deliberation is its own; the partner learns of a termination when it takes effect.
            history = history.stream().filter(e -> !INTERNAL.contains(e.getAction())).toList();
            termination = termination.filter(t -> t.getState() == AgreementTermination.State.DONE);
        }
        return new AgreementView(agreement, agreements.daysLeft(agreement), renewalBy, grants, history, termination);
    }

    /**
     * The partner's signed renewal: stored, and handed to the reviewers at once when its upload task is open (the
     * same completion as from the inbox), all in one transaction.
     */
    @Transactional
    public AgreementDocument uploadRenewal(Caller caller, long partnerId, String fileName, byte[] data) {
        if (!caller.maySee(partnerId)) {
            throw new NotFoundException("notFound.agreement");
        }
        if (!caller.ownsPartner(partnerId) || !caller.has(Role.PARTNER)) {
            throw new ForbiddenException("forbidden.agreement.partnerUploads");
        }
        AgreementDocument document = agreements.uploadRenewal(partnerId, fileName, data, caller.username());
        inbox.openTaskOn(caller, SubjectType.AGREEMENT, partnerId)
                .filter(task -> PartnerAgreementProcess.USER_UPLOAD_RENEWAL.equals(task.taskKey()))
                .ifPresent(task -> inbox.complete(caller, task.id(), new TaskCompletion(null, null, Map.of())));
        return document;
    }

    /**
     * A manager asks to terminate the partner's agreement; a second manager approves it in the inbox, and the agreement
     * ends on the effective date. Only managers ask (403); the request and its process start in one transaction.
     */
    @Transactional
    public AgreementTermination requestTermination(Caller caller, long partnerId, String reason, LocalDate effectiveOn) {
        if (!caller.maySee(partnerId)) {
            throw new NotFoundException("notFound.agreement");
        }
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.agreement.managersTerminate");
        }
        AgreementTermination termination = agreements.requestTermination(partnerId, reason, effectiveOn, caller.username());
        Map<String, Object> variables = new HashMap<>();
        AgreementTerminationProcess.PARTNER_ID.put(variables, partnerId);
        AgreementTerminationProcess.EFFECTIVE_AT.put(variables,
                Date.from(effectiveOn.atStartOfDay(ZoneId.of(properties.timeZone())).toInstant()));
        runtime.startProcessInstanceByKey(AgreementTerminationProcess.KEY, Long.toString(partnerId), variables);
        return termination;
    }

    /** Anyone (signed in or not) checks a certificate by its number: name, status, since when, valid today or not. */
    @Transactional(readOnly = true)
    public AgreementService.Verification verify(String certificateNumber) {
        return agreements.verify(certificateNumber);
    }

    /** Who may use which system now (or did), for the systems that enforce it. */
    @Transactional(readOnly = true)
    public Page<AccessGrant> accessGrants(Caller caller, AccessKind kind, Boolean active, Pageable pageable) {
        if (!caller.has(Role.ADMIN)) {
            throw new ForbiddenException("forbidden.accessGrants.adminOnly");
        }
        return agreements.grants(kind, active, pageable);
    }

    /** The renewals to follow (due, overdue, suspended), for the partner managers; a page of them. */
    @Transactional(readOnly = true)
    public Page<RenewalsList.Renewal> renewals(Caller caller, RenewalsList.Filter filter, Pageable pageable) {
        requirePartnerManager(caller);
        return renewals.page(filter, pageable);
    }

    /** The same list for export, up to {@link RenewalsList#EXPORT_LIMIT} rows. */
    @Transactional(readOnly = true)
    public List<RenewalsList.Renewal> renewalsExport(Caller caller, RenewalsList.Filter filter) {
        requirePartnerManager(caller);
        return renewals.export(filter);
    }

    /** Managers, and reviewers of the partner-managers group, who confirm the renewals. */
    private static void requirePartnerManager(Caller caller) {
        if (!caller.has(Role.MANAGER) && !(caller.isStaff() && caller.groups().contains(ReviewerGroups.PARTNER_MANAGERS))) {
            throw new ForbiddenException("forbidden.renewals.partnerManagers");
        }
    }

    private void startUnlessRunning(long partnerId) {
        String businessKey = Long.toString(partnerId);
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(PartnerAgreementProcess.KEY)
                .processInstanceBusinessKey(businessKey).count();
        if (running > 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        PartnerAgreementProcess.PARTNER_ID.put(variables, partnerId);
        runtime.startProcessInstanceByKey(PartnerAgreementProcess.KEY, businessKey, variables);
    }
}
