package dev.partnerprogram.workflow.application;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.Document;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.DocumentService;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.StoredFile;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import dev.partnerprogram.workflow.upgrade.UpgradeWorkflow;
import dev.partnerprogram.workflow.task.SubjectProcesses;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to status applications: it checks who may do what, changes the domain and drives the process
 * in one transaction, and answers with views rather than entities or engine objects.
 */
@Service
public class ApplicationWorkflow {

    private final ApplicationService applications;
    private final DocumentService documents;
    private final RuntimeService runtime;
    private final SubjectProcesses processes;
    private final PartnerRequestGuard guard;
    private final UpgradeWorkflow upgrades;

    public ApplicationWorkflow(ApplicationService applications, DocumentService documents, RuntimeService runtime,
                               SubjectProcesses processes, UpgradeWorkflow upgrades,
            PartnerRequestGuard guard) {
        this.applications = applications;
        this.documents = documents;
        this.runtime = runtime;
        this.processes = processes;
        this.upgrades = upgrades;
        this.guard = guard;
    }

    /** A file as the caller sent it. */
    public record Upload(String fileName, byte[] data) {}

    @Transactional
    public ApplicationView submit(Caller caller, RequestedStatus requested, ApplicationDetails details) {
        return submit(caller, requested, details, List.of());
    }

    /**
     * Submits with attachments in one transaction: every file is checked before anything is stored, and a failure
     * anywhere leaves neither the application nor the process behind.
     */
    @Transactional
    public ApplicationView submit(Caller caller, RequestedStatus requested, ApplicationDetails details, List<Upload> attachments) {
        attachments.forEach(file -> documents.checkUpload(file.fileName(), file.data()));
        if (requested == RequestedStatus.AUTHORIZED) {
            guard.requirePartnerUser(caller); // joining again is how a company whose agreement ended comes back
        } else {
            guard.requireStarting(caller);
        }
        StatusApplication application;
        if (requested != null && requested.isUpgrade()) {
            // A higher tier: the company's profile is the current one; what it writes (the description) is its evidence.
            application = upgrades.submit(caller, requested, details == null ? null : details.description());
        } else {
            application = applications.submit(caller.partnerId(), requested, details, caller.username());
            processes.prepare(PartnerApplicationProcess.KEY, PartnerApplicationProcess.APPLICATION_ID, application)
                    .with(PartnerApplicationProcess.PARTNER_ID, application.getPartnerId()).start();
        }
        for (Upload file : attachments) {
            documents.store(application, DocumentKind.ATTACHMENT, file.fileName(), file.data(), caller.username());
        }
        return view(applications.get(application.getId()));
    }

    @Transactional(readOnly = true)
    public ApplicationView get(Caller caller, long id) {
        return view(visible(caller, id));
    }

    @Transactional(readOnly = true)
    public Page<ApplicationView> list(Caller caller, Set<ApplicationState> states, Pageable pageable) {
        return PartnerScope.page(caller, pageable, p -> applications.listAll(states, p), applications::listForPartner)
                .map(this::summary);
    }

    /** The partner withdraws its application; the process ends through its withdrawal event subprocess. */
    @Transactional
    public ApplicationView withdraw(Caller caller, long id) {
        StatusApplication application = visible(caller, id);
        if (!caller.ownsPartner(application.getPartnerId())) {
            throw new ForbiddenException("forbidden.application.withdraw");
        }
        applications.checkWithdrawable(id);
        runtime.createMessageCorrelation(PartnerApplicationProcess.MESSAGE_APPLICATION_WITHDRAWN)
                .processInstanceId(application.getProcessInstanceId())
                .setVariable(ApplicationDelegates.WITHDRAWN_BY.name(), caller.username())
                .correlateWithResult();
        return view(applications.get(id));
    }

    @Transactional
    public ApplicationView.DocumentView upload(Caller caller, long id, DocumentKind kind, String fileName, byte[] data) {
        StatusApplication application = visible(caller, id);
        boolean owner = caller.ownsPartner(application.getPartnerId());
        if (!owner && !caller.has(Role.REVIEWER)) {
            throw new ForbiddenException("forbidden.application.documents");
        }
        if (application.getState().isFinal()) {
            throw new ConflictException("conflict.noMoreDocuments", Message.label("application.state", application.getState()));
        }
        Document document = documents.store(application, kind == null ? DocumentKind.ATTACHMENT : kind, fileName, data, caller.username());
        return documentView(document);
    }

    @Transactional(readOnly = true)
    public StoredFile download(Caller caller, long id, long documentId) {
        visible(caller, id);
        return documents.load(id, documentId);
    }

    /** A partner asking for another partner's application learns nothing: the answer is "not found". */
    private StatusApplication visible(Caller caller, long id) {
        return PartnerScope.visible(caller, applications.get(id), StatusApplication::getPartnerId, "notFound.application");
    }

    private ApplicationView summary(StatusApplication a) {
        return new ApplicationView(a.getId(), a.getPartnerId(), a.getRequestedStatus(), a.getState(), a.details(),
                a.getDecisionReason(), a.isReviewOverdue(), a.getSubmittedAt(), a.getDecidedAt(), a.getUpdatedAt(),
                a.getProcessInstanceId(), List.of(), List.of());
    }

    private ApplicationView view(StatusApplication a) {
        var history = applications.history(a.getId()).stream()
                .map(e -> new ApplicationView.HistoryLine(e.getAt(), e.getActor(), e.getAction().name(), e.getComment()))
                .toList();
        var docs = documents.list(a.getId()).stream().map(ApplicationWorkflow::documentView).toList();
        return new ApplicationView(a.getId(), a.getPartnerId(), a.getRequestedStatus(), a.getState(), a.details(),
                a.getDecisionReason(), a.isReviewOverdue(), a.getSubmittedAt(), a.getDecidedAt(), a.getUpdatedAt(),
                a.getProcessInstanceId(), history, docs);
    }

    static ApplicationView.DocumentView documentView(Document d) {
        return new ApplicationView.DocumentView(d.getId(), d.getFileName(), d.getSizeBytes(), d.getContentType(),
                d.getKind().name(), d.getUploadedBy(), d.getUploadedAt());
    }
}
