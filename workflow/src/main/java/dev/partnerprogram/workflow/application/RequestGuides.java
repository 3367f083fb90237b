package dev.partnerprogram.workflow.application;

import dev.partnerprogram.agreement.AgreementTemplate;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskView;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklists of a partner's requests ({@link RequestGuide}): the request's state from the domain, the due date of
 * whatever task is open in its process (whoever it is offered to, so the partner sees when the program will have
 * decided), the rework's withdrawal deadline from its timer, and the caller's own task to link to.
 */
@Service
public class RequestGuides {
    private final ApplicationWorkflow applications;
    private final Partners partners;
    private final TaskInbox inbox;
    private final TaskService tasks;
    private final ManagementService jobs;

    public RequestGuides(ApplicationWorkflow applications, Partners partners, TaskInbox inbox, TaskService tasks,
                         ManagementService jobs) {
        this.applications = applications;
        this.partners = partners;
        this.inbox = inbox;
        this.tasks = tasks;
        this.jobs = jobs;
    }

    /** The checklist of an application the caller may see (the workflow refuses any other as not found). */
    @Transactional(readOnly = true)
    public RequestGuide application(Caller caller, long applicationId) {
        ApplicationView application = applications.get(caller, applicationId);
        RequestGuide.Now now = RequestGuide.Now.NOTHING;
        if (!application.state().isFinal() && application.processInstanceId() != null) {
            String process = application.processInstanceId();
            Instant taskDue = tasks.createTaskQuery().processInstanceId(process).active().list().stream()
                    .map(Task::getDueDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
                    .map(java.util.Date::toInstant).orElse(null);
            Instant reworkDeadline = application.state() == ApplicationState.REWORK
                    ? jobs.createJobQuery().processInstanceId(process).timers()
                            .activityId(PartnerApplicationProcess.TIMER_REWORK_TIMEOUT).list().stream()
                            .map(Job::getDuedate).filter(Objects::nonNull).findFirst().map(java.util.Date::toInstant).orElse(null)
                    : null;
            String ownTask = inbox.openTaskOn(caller, SubjectType.APPLICATION, applicationId).map(TaskView::id).orElse(null);
            now = new RequestGuide.Now(taskDue, reworkDeadline, ownTask);
        }
        return RequestGuide.of(application.requestedStatus(), application.state(), now);
    }

    /** The agreement for the caller's own company to sign, with its details filled in. */
    @Transactional(readOnly = true)
    public AgreementFile agreementTemplate(Caller caller) {
        PartnerCompany partner = partners.own(caller);
        return new AgreementFile(AgreementTemplate.fileName(partner), AgreementTemplate.pdf(partner, partners.today()));
    }

    public record AgreementFile(String fileName, byte[] pdf) {}
}
