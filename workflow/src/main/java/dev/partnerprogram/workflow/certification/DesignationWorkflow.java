package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.certification.DesignationEvidence;
import dev.partnerprogram.certification.DesignationService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for an extra designation. They are status applications (same list, documents, audit trail and
 * withdrawal), driven by {@code designation-certification}; their evidence and the rules' report sit beside them.
 */
@Service
public class DesignationWorkflow {

    /** The evidence and the requirement-by-requirement report of one application. */
    public record RequirementsView(long applicationId, DesignationKind designation, Evidence evidence, List<Item> items) {
        public record Evidence(String platform, List<String> courses, String solutions, String supportArrangements) {}

        public record Item(String requirement, boolean met, String expected, String actual, Instant checkedAt) {}
    }

    private final DesignationService designations;
    private final ApplicationService applications;
    private final RuntimeService runtime;

    public DesignationWorkflow(DesignationService designations, ApplicationService applications, RuntimeService runtime) {
        this.designations = designations;
        this.applications = applications;
        this.runtime = runtime;
    }

    /** Opens the application and starts its process; answers the application's id. */
    @Transactional
    public long submit(Caller caller, RequestedStatus requested, DesignationService.Evidence evidence) {
        if (!caller.has(Role.PARTNER) || caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerUserOnly");
        }
        StatusApplication application = designations.submit(caller.partnerId(), requested, evidence, caller.username());
        Map<String, Object> variables = new HashMap<>();
        DesignationCertificationProcess.APPLICATION_ID.put(variables, application.getId());
        DesignationCertificationProcess.PARTNER_ID.put(variables, application.getPartnerId());
        DesignationCertificationProcess.REVIEW_GROUP.put(variables, requested == RequestedStatus.TRAINING_CENTER
                ? ReviewerGroups.TRAINING : ReviewerGroups.PARTNER_MANAGERS);
        var instance = runtime.startProcessInstanceByKey(DesignationCertificationProcess.KEY, application.getId().toString(), variables);
        applications.attachProcess(application.getId(), instance.getId());
        return application.getId();
    }

    @Transactional(readOnly = true)
    public RequirementsView requirements(Caller caller, long applicationId) {
        StatusApplication application = applications.get(applicationId);
        if (!caller.maySee(application.getPartnerId())) {
            throw new NotFoundException("notFound.application");
        }
        DesignationEvidence evidence = designations.findEvidence(applicationId)
                .orElseThrow(() -> new NotFoundException("notFound.application"));
        var items = designations.requirements(applicationId).stream()
                .map(c -> new RequirementsView.Item(c.getRequirement(), c.isMet(), c.getExpected(), c.getActual(), c.getCheckedAt()))
                .toList();
        return new RequirementsView(applicationId, evidence.getKind(), new RequirementsView.Evidence(evidence.getPlatform(),
                evidence.courseList(), evidence.getSolutions(), evidence.getSupportArrangements()), items);
    }
}
