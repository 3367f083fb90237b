package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.partner.PartnerService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners' projects: entered and corrected by the partner, confirmed or rejected by a reviewer. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    /** A project as the partner describes it; a completion date marks it completed. */
    public record ProjectInput(String customer, String title, ProjectComplexity complexity, LocalDate startedOn,
                               LocalDate completedOn, String caseStudy) {}

    private static final int MAX_NAME = 200;
    private static final int MAX_CASE_STUDY = 4000;

    private final PartnerProjectRepository projects;
    private final Lookup<PartnerProject> lookup;
    private final PartnerService partners;
    private final Clock clock;

    public ProjectService(PartnerProjectRepository projects, PartnerService partners, Clock clock) {
        this.projects = projects;
        this.lookup = new Lookup<>(projects, "notFound.project");
        this.partners = partners;
        this.clock = clock;
    }

    @Transactional
    public PartnerProject create(long partnerId, ProjectInput input, String actor) {
        check(input);
        partners.get(partnerId);
        return projects.save(new PartnerProject(partnerId, input, actor, clock.instant()));
    }

    /** A corrected project (say, now completed) goes back to the reviewers before it counts again. */
    @Transactional
    public PartnerProject update(long projectId, ProjectInput input) {
        check(input);
        PartnerProject project = lookup.lock(projectId);
        project.apply(input, clock.instant());
        return project;
    }

    @Transactional
    public PartnerProject review(long projectId, boolean confirm, String comment, String actor) {
        String reason = FieldChecks.decisionComment(!confirm, comment);
        PartnerProject project = lookup.lock(projectId);
        project.review(confirm, reason, actor, clock.instant());
        return project;
    }

    public PartnerProject get(long projectId) {
        return lookup.get(projectId);
    }

    public Page<PartnerProject> list(long partnerId, Pageable pageable) {
        return projects.findByPartnerIdOrderByCreatedAtDescIdDesc(partnerId, pageable);
    }

    /** Projects waiting for a reviewer, oldest first. */
    public Page<PartnerProject> pending(Pageable pageable) {
        return projects.findByReviewStateOrderByCreatedAtAscIdAsc(PartnerProject.Review.PENDING, pageable);
    }

    /** Confirmed, completed projects of medium complexity or more: the evidence the eligibility rules count. */
    public int mediumOrLargeCompleted(long partnerId) {
        return (int) projects.countByPartnerIdAndReviewStateAndStatusAndComplexityIn(partnerId, PartnerProject.Review.CONFIRMED,
                PartnerProject.Status.COMPLETED, EnumSet.of(ProjectComplexity.MEDIUM, ProjectComplexity.LARGE));
    }

    private void check(ProjectInput input) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "customer", input.customer(), MAX_NAME);
        FieldChecks.require(errors, "title", input.title(), MAX_NAME);
        if (input.complexity() == null) {
            errors.add(new FieldViolation("complexity", "error.required"));
        }
        LocalDate today = partners.today();
        FieldChecks.requireNotInFuture(errors, "startedOn", input.startedOn(), today);
        if (input.completedOn() != null) {
            if (input.completedOn().isAfter(today)) {
                errors.add(new FieldViolation("completedOn", "error.notInFuture"));
            } else if (input.startedOn() != null && input.completedOn().isBefore(input.startedOn())) {
                errors.add(new FieldViolation("completedOn", "error.endBeforeStart"));
            }
        }
        FieldChecks.maxLength(errors, "caseStudy", input.caseStudy(), MAX_CASE_STUDY);
        FieldChecks.throwIfAny(errors);
    }
}
