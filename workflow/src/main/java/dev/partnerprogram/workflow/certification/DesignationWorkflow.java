package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.certification.DesignationEvidence;
import dev.partnerprogram.certification.DesignationService;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import java.time.Instant;
import java.util.List;
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

    private final PartnerRequestGuard guard;
    private final DesignationService designations;
    private final ApplicationService applications;

    public DesignationWorkflow(DesignationService designations, ApplicationService applications, PartnerRequestGuard guard) {
        this.guard = guard;
        this.designations = designations;
        this.applications = applications;
    }

    /** Opens the application and starts its process; answers the application's id. */
    @Transactional
    public long submit(Caller caller, RequestedStatus requested, DesignationService.Evidence evidence) {
        StatusApplication application = guard.start(caller, DesignationCertificationProcess.KEY,
                DesignationCertificationProcess.APPLICATION_ID, DesignationCertificationProcess.PARTNER_ID,
                partnerId -> designations.submit(partnerId, requested, evidence, caller.username()),
                variables -> variables.with(DesignationCertificationProcess.REVIEW_GROUP,
                        requested == RequestedStatus.TRAINING_CENTER ? ReviewerGroups.TRAINING : ReviewerGroups.PARTNER_MANAGERS));
        return application.getId();
    }

    @Transactional(readOnly = true)
    public RequirementsView requirements(Caller caller, long applicationId) {
        PartnerScope.visible(caller, applications.get(applicationId), StatusApplication::getPartnerId, "notFound.application");
        DesignationEvidence evidence = designations.findEvidence(applicationId)
                .orElseThrow(() -> new NotFoundException("notFound.application"));
        var items = designations.requirements(applicationId).stream()
                .map(c -> new RequirementsView.Item(c.getRequirement(), c.isMet(), c.getExpected(), c.getActual(), c.getCheckedAt()))
                .toList();
        return new RequirementsView(applicationId, evidence.getKind(), new RequirementsView.Evidence(evidence.getPlatform(),
                evidence.courseList(), evidence.getSolutions(), evidence.getSupportArrangements()), items);
    }
}
