package dev.partnerprogram.casestudy;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.States;
import dev.partnerprogram.common.TrailEntry;
import dev.partnerprogram.common.UniqueKeys;
import dev.partnerprogram.upgrade.PartnerProject;
import dev.partnerprogram.upgrade.ProjectService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case studies: a partner tells a project a reviewer confirmed (or one its won deal became) with the customer's consent;
 * marketing approves it for the partner's public directory page or rejects it with the reason. A project has one case
 * study in review or published at a time.
 */
@Service
public class CaseStudyService {

    private static final int MAX_TITLE = 200;
    private static final int MAX_SUMMARY = 4000;
    private static final String UNIQUE_PROJECT = "uq_case_study_project";
    private static final States<CaseStudy, CaseStudyState> STATES =
            new States<>(CaseStudy::getState, "caseStudy.state", "conflict.caseStudy.decided");

    private final CaseStudyRepository caseStudies;
    private final Lookup<CaseStudy> lookup;
    private final ProjectService projects;
    private final Clock clock;

    public CaseStudyService(CaseStudyRepository caseStudies, ProjectService projects, Clock clock) {
        this.caseStudies = caseStudies;
        this.lookup = new Lookup<>(caseStudies, "notFound.caseStudy");
        this.projects = projects;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CaseStudy submit(long partnerId, NewCaseStudy c, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        if (c.projectId() == null) {
            errors.add(new FieldViolation("projectId", "error.required"));
        }
        FieldChecks.require(errors, "title", c.title(), MAX_TITLE);
        FieldChecks.require(errors, "summary", c.summary(), MAX_SUMMARY);
        if (!Boolean.TRUE.equals(c.customerConsent())) {
            errors.add(new FieldViolation("customerConsent", "error.caseStudy.consent"));
        }
        FieldChecks.throwIfAny(errors);
        PartnerProject project;
        try {
            project = projects.get(c.projectId());
        } catch (NotFoundException e) {
            throw new NotFoundException("notFound.project");
        }
        if (project.getPartnerId() != partnerId) {
            throw new NotFoundException("notFound.project");
        }
        if (project.getReviewState() != PartnerProject.Review.CONFIRMED && !caseStudies.isWonDealsProject(project.getId())) {
            throw new ConflictException("conflict.caseStudy.projectNotConfirmed", project.getTitle());
        }
        if (caseStudies.existsByProjectIdAndStateNot(project.getId(), CaseStudyState.REJECTED)) {
            throw duplicate(project);
        }
        return UniqueKeys.refusing(UNIQUE_PROJECT, () -> duplicate(project), () -> caseStudies.saveAndFlush(
                new CaseStudy(partnerId, project.getId(), c.title().trim(), c.summary().trim(), actor, clock.instant())));
    }

    /** Marketing's decision: approved case studies show on the directory page; a rejection says why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(long id, boolean approve, String comment, String actor) {
        String why = FieldChecks.decisionComment(!approve, comment);
        lookup.lockIn(id, STATES, CaseStudyState.IN_REVIEW)
                .decided(approve ? CaseStudyState.APPROVED : CaseStudyState.REJECTED, why, actor, clock.instant());
    }

    /**
     * The partner's agreement stopped being valid: each case study still in review is rejected with the reason (its
     * project is free for another one later). Answers the processes that drove them, for the caller to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> closeOpenOf(long partnerId, String reason) {
        return lookup.closeEach(caseStudies.findByPartnerIdAndStateOrderByIdAsc(partnerId, CaseStudyState.IN_REVIEW).stream()
                        .map(CaseStudy::getId).toList(), c -> c.getState() == CaseStudyState.IN_REVIEW,
                c -> c.decided(CaseStudyState.REJECTED, reason, TrailEntry.SYSTEM, clock.instant()), CaseStudy::getProcessInstanceId);
    }

    @Transactional(readOnly = true)
    public CaseStudy get(long id) {
        return lookup.get(id);
    }

    @Transactional(readOnly = true)
    public Page<CaseStudy> listForPartner(long partnerId, Pageable pageable) {
        return caseStudies.findByPartnerIdOrderByCreatedAtDescIdDesc(partnerId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<CaseStudy> listAll(Pageable pageable) {
        return caseStudies.findAllByOrderByCreatedAtDescIdDesc(pageable);
    }

    /** What the partner's public directory page shows. */
    @Transactional(readOnly = true)
    public List<CaseStudy> published(long partnerId) {
        return caseStudies.findByPartnerIdAndStateOrderByDecidedAtDescIdDesc(partnerId, CaseStudyState.APPROVED);
    }

    private static ConflictException duplicate(PartnerProject project) {
        return new ConflictException("conflict.caseStudy.duplicate", project.getTitle());
    }
}
