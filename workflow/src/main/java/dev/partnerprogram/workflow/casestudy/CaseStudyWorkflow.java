package dev.partnerprogram.workflow.casestudy;

import dev.partnerprogram.casestudy.CaseStudy;
import dev.partnerprogram.casestudy.CaseStudyService;
import dev.partnerprogram.casestudy.NewCaseStudy;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.processes.CaseStudyProcess;
import dev.partnerprogram.upgrade.PartnerProject;
import dev.partnerprogram.upgrade.ProjectService;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to case studies. A partner's users tell their company's confirmed projects and see their case studies
 * (another company's: not found); staff see all of them, and marketing decides through its task. Anybody reads a
 * listed partner's directory page with its approved case studies.
 */
@Service
public class CaseStudyWorkflow {

    private final CaseStudyService caseStudies;
    private final ProjectService projects;
    private final PartnerService partners;
    private final PartnerRequestGuard guard;

    public CaseStudyWorkflow(CaseStudyService caseStudies, ProjectService projects, PartnerService partners,
                             PartnerRequestGuard guard) {
        this.caseStudies = caseStudies;
        this.projects = projects;
        this.partners = partners;
        this.guard = guard;
    }

    /** Stores the case study and starts its review by marketing. */
    @Transactional
    public CaseStudyView submit(Caller caller, NewCaseStudy input) {
        CaseStudy stored = guard.start(caller, CaseStudyProcess.KEY, CaseStudyProcess.CASE_STUDY_ID, CaseStudyProcess.PARTNER_ID,
                partnerId -> caseStudies.submit(partnerId, input, caller.username()));
        return view(caseStudies.get(stored.getId()));
    }

    @Transactional(readOnly = true)
    public CaseStudyView get(Caller caller, long id) {
        return view(PartnerScope.visible(caller, caseStudies.get(id), CaseStudy::getPartnerId, "notFound.caseStudy"));
    }

    /** Staff: every case study; a partner's users: their company's. */
    @Transactional(readOnly = true)
    public Page<CaseStudyView> list(Caller caller, Pageable pageable) {
        return PartnerScope.page(caller, pageable, caseStudies::listAll, caseStudies::listForPartner).map(this::view);
    }

    /** A project the partner may tell: its id and title. */
    public record ProjectChoice(long id, String title) {}

    /** The company's confirmed projects, the ones a case study is told of on the form. */
    @Transactional(readOnly = true)
    public List<ProjectChoice> projectsToTell(Caller caller) {
        if (caller.partnerId() == null) {
            return List.of();
        }
        return projects.list(caller.partnerId(), PageRequest.of(0, 100)).stream()
                .filter(p -> p.getReviewState() == PartnerProject.Review.CONFIRMED)
                .map(p -> new ProjectChoice(p.getId(), p.getTitle() + " · " + p.getCustomer())).toList();
    }

    /** A partner's public page: only while the company is listed in the directory; otherwise it is not found. */
    @Transactional(readOnly = true)
    public CaseStudyView.DirectoryPage directoryPage(long partnerId) {
        PartnerCompany p;
        try {
            p = partners.get(partnerId);
        } catch (NotFoundException e) {
            throw new NotFoundException("notFound.directoryPartner");
        }
        if (!p.isListedInDirectory()) {
            throw new NotFoundException("notFound.directoryPartner");
        }
        return new CaseStudyView.DirectoryPage(p.getId(), p.getCompanyName(), p.getRegion(), p.getStatus(),
                partners.activeDesignations(partnerId), p.getWebsite(), p.getContactName(), p.getContactEmail(), p.getContactPhone(),
                caseStudies.published(partnerId).stream().map(this::view).toList());
    }

    private CaseStudyView view(CaseStudy c) {
        PartnerProject project = projects.get(c.getProjectId());
        return new CaseStudyView(c.getId(), c.getPartnerId(), partners.get(c.getPartnerId()).getCompanyName(), c.getProjectId(),
                project.getTitle(), project.getCustomer(), c.getTitle(), c.getSummary(), c.getState(), c.getDecisionComment(),
                c.getDecidedAt(), c.getCreatedAt());
    }
}
