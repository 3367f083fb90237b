package dev.partnerprogram.web.tier;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.QuarterDiscount;
import dev.partnerprogram.upgrade.DevelopmentPlan;
import dev.partnerprogram.upgrade.DevelopmentPlanItem;
import dev.partnerprogram.upgrade.EligibilityService.Evaluation;
import dev.partnerprogram.upgrade.PartnerProject;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.upgrade.ProjectService.ProjectInput;
import dev.partnerprogram.upgrade.TierReview;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.upgrade.TierFacade;
import dev.partnerprogram.workflow.upgrade.UpgradeWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Status upgrades and the facts they rest on: the progress to the next tier, an upgrade decision's report, the partner's
 * projects and development plan, the quarterly additional discounts and the yearly tier reviews.
 */
@RestController
@Tag(name = "Status upgrade and partner year")
class UpgradeApi {

    record Criterion(String criterion, String label, BigDecimal actual, String comparison, BigDecimal threshold, boolean met) {}

    record ProgressResponse(long partnerId, PartnerStatus currentStatus, PartnerStatus nextStatus, boolean eligible,
                            boolean committeeRequired, LocalDate tierSince, String lastQuarter, String quarterBefore,
                            List<Criterion> criteria) {}

    record Vote(String voter, boolean approve, String comment, Instant votedAt) {}

    record DecisionResponse(long applicationId, ProgressResponse eligibility, List<Vote> votes, int votesFor, int votesAgainst,
                            int committeeSize, int majority) {}

    record ProjectRequest(String customer, String title, ProjectComplexity complexity, LocalDate startedOn, LocalDate completedOn,
                          String caseStudy) {
        ProjectInput input() {
            return new ProjectInput(customer, title, complexity, startedOn, completedOn, caseStudy);
        }
    }

    record ProjectResponse(long id, long partnerId, String customer, String title, ProjectComplexity complexity,
                           LocalDate startedOn, LocalDate completedOn, PartnerProject.Status status, String caseStudy,
                           PartnerProject.Review reviewState, String reviewedBy, Instant reviewedAt, String reviewComment,
                           Instant createdAt) {
        static ProjectResponse of(PartnerProject p) {
            return new ProjectResponse(p.getId(), p.getPartnerId(), p.getCustomer(), p.getTitle(), p.getComplexity(),
                    p.getStartedOn(), p.getCompletedOn(), p.getStatus(), p.getCaseStudy(), p.getReviewState(), p.getReviewedBy(),
                    p.getReviewedAt(), p.getReviewComment(), p.getCreatedAt());
        }
    }

    record ProjectReviewRequest(TierFacade.ProjectDecision decision, String comment) {}

    record PlanItemRequest(String title, LocalDate dueOn) {}

    record PlanItemUpdate(Boolean done) {}

    record ManagerRequest(String manager) {}

    record PlanItem(long id, String title, LocalDate dueOn, boolean done, Instant doneAt, String doneBy) {
        static PlanItem of(DevelopmentPlanItem i) {
            return new PlanItem(i.getId(), i.getTitle(), i.getDueOn(), i.isDone(), i.getDoneAt(), i.getDoneBy());
        }
    }

    record PlanResponse(long partnerId, String manager, int completion, PageResponse<PlanItem> items) {}

    record DiscountResponse(String quarter, LocalDate quarterStart, LocalDate quarterEnd, PartnerStatus status, BigDecimal revenue,
                            LocalDate revenueFrom, LocalDate revenueTo, int planCompletion, BigDecimal tableDiscount,
                            BigDecimal additionalDiscount, BigDecimal baseDiscount, BigDecimal maxDiscount, boolean capped,
                            Instant decidedAt) {
        static DiscountResponse of(QuarterDiscount d) {
            return new DiscountResponse(dev.partnerprogram.partner.Quarter.of(d.getQuarterStart()).toString(), d.getQuarterStart(),
                    d.getQuarterEnd(), d.getStatus(), d.getRevenue(), d.getRevenueFrom(), d.getRevenueTo(), d.getPlanCompletion(),
                    d.getTableDiscount(), d.getAdditionalDiscount(), d.getBaseDiscount(), d.getMaxDiscount(), d.isCapped(),
                    d.getDecidedAt());
        }
    }

    record TierReviewResponse(long id, long partnerId, LocalDate yearStart, LocalDate yearEnd, PartnerStatus status,
                              TierReview.State state, ProgressResponse evidence, String decidedBy, Instant decidedAt, String comment,
                              PartnerStatus demoteTo, LocalDate effectiveOn, Instant appliedAt) {}

    private final UpgradeWorkflow upgrades;
    private final TierFacade tier;
    private final Partners partners;
    private final Labels labels;

    UpgradeApi(UpgradeWorkflow upgrades, TierFacade tier, Partners partners, Labels labels) {
        this.upgrades = upgrades;
        this.tier = tier;
        this.partners = partners;
        this.labels = labels;
    }

    @GetMapping("/api/partners/{id}/progress")
    @Operation(summary = "Progress to the next tier: each criterion with the partner's value, the threshold and pass/fail")
    ProgressResponse progress(Caller caller, @PathVariable long id) {
        var status = partners.get(caller, id).getStatus();
        return tier.progress(caller, id).map(this::progress)
                .orElseGet(() -> new ProgressResponse(id, status, null, false, false, null, null, null, List.of()));
    }

    @GetMapping("/api/applications/{id}/decision")
    @Operation(summary = "What an upgrade decision rests on: the rules' report at the last check and the committee's votes")
    DecisionResponse decision(Caller caller, @PathVariable long id) {
        var view = upgrades.decision(caller, id);
        var votes = view.votes().stream().map(v -> new Vote(v.getVoter(), v.isApprove(), v.getComment(), v.getVotedAt())).toList();
        return new DecisionResponse(id, view.eligibility().map(this::progress).orElse(null), votes, view.tally().votesFor(),
                view.tally().votesAgainst(), view.tally().members(), view.tally().majority());
    }

    @PostMapping("/api/projects")
    @Creation
    @Operation(summary = "A partner's project; it counts as evidence once a reviewer confirms it")
    ResponseEntity<ProjectResponse> createProject(Caller caller, @RequestBody ProjectRequest request) {
        PartnerProject project = tier.createProject(caller, request.input());
        return ResponseEntity.created(URI.create("/api/projects/" + project.getId())).body(ProjectResponse.of(project));
    }

    @GetMapping("/api/projects")
    @Operation(summary = "Projects: a partner's own; staff choose a partner or see those waiting for review (review=PENDING)")
    PageResponse<ProjectResponse> projects(Caller caller, @RequestParam(required = false) Long partnerId,
                                           @RequestParam(required = false) PartnerProject.Review review,
                                           @PageQuery Pageable page) {
        return PageResponse.of(tier.projects(caller, partnerId, page), ProjectResponse::of);
    }

    @GetMapping("/api/projects/{id}")
    @Operation(summary = "One implementation project of a partner")
    ProjectResponse project(Caller caller, @PathVariable long id) {
        return ProjectResponse.of(tier.project(caller, id));
    }

    @PutMapping("/api/projects/{id}")
    @Operation(summary = "Correct a project (say, it is completed now); it is reviewed again")
    ProjectResponse updateProject(Caller caller, @PathVariable long id, @RequestBody ProjectRequest request) {
        return ProjectResponse.of(tier.updateProject(caller, id, request.input()));
    }

    @PostMapping("/api/projects/{id}/review")
    @Operation(summary = "A reviewer confirms the project as evidence or rejects it (with a reason)")
    ProjectResponse reviewProject(Caller caller, @PathVariable long id, @RequestBody ProjectReviewRequest request) {
        return ProjectResponse.of(tier.reviewProject(caller, null, id, request.decision(), request.comment()));
    }

    @GetMapping("/api/partners/{id}/plan")
    @Operation(summary = "The partner's development plan: its development manager, goals and completion")
    PlanResponse plan(Caller caller, @PathVariable long id, @PageQuery Pageable page) {
        var plan = tier.plan(caller, id, page);
        return new PlanResponse(id, plan.plan().map(DevelopmentPlan::getManager).orElse(null), plan.completion(),
                PageResponse.of(plan.items(), PlanItem::of));
    }

    @PostMapping("/api/partners/{id}/plan/items")
    @Creation
    @Operation(summary = "Staff add a goal to the partner's development plan")
    ResponseEntity<PlanItem> addPlanItem(Caller caller, @PathVariable long id, @RequestBody PlanItemRequest request) {
        DevelopmentPlanItem item = tier.addPlanItem(caller, id, request.title(), request.dueOn());
        return ResponseEntity.created(URI.create("/api/partners/" + id + "/plan")).body(PlanItem.of(item));
    }

    @PostMapping("/api/partners/{id}/plan/items/{itemId}")
    @Operation(summary = "Staff mark a goal done (or not)")
    PlanItem markPlanItem(Caller caller, @PathVariable long id, @PathVariable long itemId, @RequestBody PlanItemUpdate request) {
        return PlanItem.of(tier.markPlanItem(caller, id, itemId, request.done()));
    }

    @PutMapping("/api/partners/{id}/plan/manager")
    @Operation(summary = "Assign the partner development manager")
    PlanResponse assignManager(Caller caller, @PathVariable long id, @RequestBody ManagerRequest request) {
        tier.assignManager(caller, id, request.manager());
        return plan(caller, id, PageRequest.of(0, 20));
    }

    @GetMapping("/api/partners/{id}/discounts")
    @Operation(summary = "The quarterly additional discounts, newest first, with the facts each was set from")
    PageResponse<DiscountResponse> discounts(Caller caller, @PathVariable long id, @PageQuery Pageable page) {
        return PageResponse.of(tier.discounts(caller, id, page), DiscountResponse::of);
    }

    @GetMapping("/api/partners/{id}/tier-reviews")
    @Operation(summary = "The partner's yearly tier reviews with the rules' report as evidence and the managers' decisions")
    PageResponse<TierReviewResponse> tierReviews(Caller caller, @PathVariable long id, @PageQuery Pageable page) {
        return PageResponse.of(tier.reviews(caller, id, page), this::review);
    }

    @GetMapping("/api/tier-reviews")
    @Operation(summary = "Partners flagged by the yearly review and waiting for a manager's decision")
    PageResponse<TierReviewResponse> flagged(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(tier.flagged(caller, page), this::review);
    }

    private TierReviewResponse review(TierFacade.YearReview reviewed) {
        TierReview r = reviewed.review();
        return new TierReviewResponse(r.getId(), r.getPartnerId(), r.getYearStart(), r.getYearEnd(), r.getStatus(), r.getState(),
                progress(reviewed.evidence()), r.getDecidedBy(), r.getDecidedAt(), r.getComment(), r.getDemoteTo(),
                r.getEffectiveOn(), r.getAppliedAt());
    }

    private ProgressResponse progress(Evaluation e) {
        var criteria = e.items().stream().map(i -> new Criterion(i.criterion(), labels.of("criterion", i.criterion()),
                plain(i.actual()), i.comparison(), plain(i.threshold()), i.met())).toList();
        return new ProgressResponse(e.partnerId(), e.current(), e.target(), e.eligible(), e.committee(), e.tierSince(),
                e.lastQuarter() == null ? null : e.lastQuarter().toString(),
                e.quarterBefore() == null ? null : e.quarterBefore().toString(), criteria);
    }

    /** 12, not 12.0 or 12.00: counts and thresholds read as the numbers they are. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
