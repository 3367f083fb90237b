package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.Consultation;
import dev.partnerprogram.partner.ConsultationService;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.LicenceRequest;
import dev.partnerprogram.partner.LicenceService;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.QuarterDiscount;
import dev.partnerprogram.partner.TierService;
import dev.partnerprogram.upgrade.DevelopmentPlan;
import dev.partnerprogram.upgrade.DevelopmentPlanItem;
import dev.partnerprogram.upgrade.DevelopmentPlanService;
import dev.partnerprogram.upgrade.EligibilityService;
import dev.partnerprogram.upgrade.PartnerProject;
import dev.partnerprogram.upgrade.PartnerYearService;
import dev.partnerprogram.upgrade.ProjectService;
import dev.partnerprogram.upgrade.TierReview;
import dev.partnerprogram.workflow.partner.Partners;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to what a partner's tier rests on and what it gives: the progress to the next tier, the projects that count
 * as evidence, the development plan, the quarterly discounts and the yearly reviews, the counted benefits in use (free
 * consultations and licences) and the discount calculator.
 *
 * <p>Who may do what is decided here and only here. A partner's user reads its own company's facts (another company's
 * are "not found", as {@link Partners} decides), enters its projects and requests its free licences. Vendor staff read
 * every company's. Reviewers and managers confirm projects, keep development plans, log consultations and decide licence
 * requests; only managers assign development managers and see the partners the yearly review flagged.
 */
@Service
public class TierFacade {

    public enum ProjectDecision { CONFIRM, REJECT }

    public enum LicenceDecision { ISSUE, REJECT }

    /** The development plan: its manager (once there is a plan), how much of it is done, and its goals. */
    public record Plan(Optional<DevelopmentPlan> plan, int completion, Page<DevelopmentPlanItem> items) {}

    /** What a company's tier rests on, as its tier page shows it. */
    public record Overview(PartnerCompany partner, Optional<EligibilityService.Evaluation> progress, Page<PartnerProject> projects,
                           Plan plan, Page<QuarterDiscount> discounts, Page<TierReview> reviews) {}

    /** The benefits of the tier with what is left, and the counted ones in use. */
    public record Usage(Benefits benefits, Page<LicenceRequest> licenceRequests, Page<Consultation> consultations) {}

    /** Staff's page on one company: its tier and benefits in use, the latest yearly review's evidence, and today. */
    public record StaffOverview(Overview tier, Usage usage, Optional<EligibilityService.Evaluation> evidence, LocalDate today) {}

    /** What waits for staff across partners; the flagged partners only for managers, who decide on them. */
    public record Queue(Page<PartnerProject> pendingProjects, Page<LicenceRequest> openLicences, Optional<Page<TierReview>> flagged) {}

    /** A yearly review with the rules' report it was judged by. */
    public record YearReview(TierReview review, EligibilityService.Evaluation evidence) {}

    private final Partners partners;
    private final BenefitsService benefits;
    private final EligibilityService eligibility;
    private final ProjectService projects;
    private final DevelopmentPlanService plans;
    private final TierService tiers;
    private final PartnerYearService years;
    private final ConsultationService consultations;
    private final LicenceService licences;
    private final DiscountCalculator calculator;
    private final AgreementService agreements;
    private final DealService deals;

    public TierFacade(Partners partners, BenefitsService benefits, EligibilityService eligibility, ProjectService projects,
                      DevelopmentPlanService plans, TierService tiers, PartnerYearService years, ConsultationService consultations,
                      LicenceService licences, DiscountCalculator calculator, AgreementService agreements, DealService deals) {
        this.agreements = agreements;
        this.deals = deals;
        this.partners = partners;
        this.benefits = benefits;
        this.eligibility = eligibility;
        this.projects = projects;
        this.plans = plans;
        this.tiers = tiers;
        this.years = years;
        this.consultations = consultations;
        this.licences = licences;
        this.calculator = calculator;
    }

    // ---- pages ---------------------------------------------------------------------------------------------------

    /** The company's tier: {@code page} is the page of its projects; the other lists show their first page of that size. */
    @Transactional(readOnly = true)
    public Overview overview(Caller caller, long partnerId, Pageable page) {
        PartnerCompany partner = partners.get(caller, partnerId);
        Pageable first = page.first();
        return new Overview(partner, eligibility.progress(partnerId), projects.list(partnerId, page), plan(partnerId, first),
                tiers.discounts(partnerId, first), years.reviews(partnerId, first));
    }

    /** The benefits in use: {@code page} is the page of licence requests; consultations show their first page. */
    @Transactional(readOnly = true)
    public Usage usage(Caller caller, long partnerId, Pageable page) {
        return ofVisible(caller, partnerId, () -> new Usage(benefits.benefits(partnerId), licences.list(partnerId, page),
                consultations.list(partnerId, page.first())));
    }

    @Transactional(readOnly = true)
    public StaffOverview staffOverview(Caller caller, long partnerId, Pageable page) {
        requireReviewer(caller);
        Overview tier = overview(caller, partnerId, page);
        var evidence = tier.reviews().stream().findFirst().map(r -> eligibility.report(r.getReportId()));
        return new StaffOverview(tier, usage(caller, partnerId, page), evidence, partners.today());
    }

    /** {@code page} is the page of projects waiting for review; the other lists show their first page. */
    @Transactional(readOnly = true)
    public Queue queue(Caller caller, Pageable page) {
        requireReviewer(caller);
        Optional<Page<TierReview>> flagged = caller.has(Role.MANAGER) ? Optional.of(years.flagged(page.first())) : Optional.empty();
        return new Queue(projects.pending(page), licences.open(page.first()), flagged);
    }

    /** The next tier's criteria as the company stands today; empty for a General partner or a company without a status. */
    @Transactional(readOnly = true)
    public Optional<EligibilityService.Evaluation> progress(Caller caller, long partnerId) {
        return ofVisible(caller, partnerId, () -> eligibility.progress(partnerId));
    }

    // ---- projects ------------------------------------------------------------------------------------------------

    @Transactional
    public PartnerProject createProject(Caller caller, ProjectService.ProjectInput input) {
        if (!caller.has(Role.PARTNER) || caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.project.partnerEnters");
        }
        return projects.create(caller.partnerId(), input, caller.username());
    }

    /** A partner's own projects; staff see a chosen partner's, or without one those waiting for review. */
    @Transactional(readOnly = true)
    public Page<PartnerProject> projects(Caller caller, Long partnerId, Pageable pageable) {
        if (!caller.isStaff()) {
            if (caller.partnerId() == null) {
                throw new ForbiddenException("forbidden.project.visibility");
            }
            return projects.list(caller.partnerId(), pageable);
        }
        return partnerId == null ? projects.pending(pageable) : projects.list(partnerId, pageable);
    }

    @Transactional(readOnly = true)
    public PartnerProject project(Caller caller, long projectId) {
        return visibleProject(caller, projectId);
    }

    /** A corrected project goes back to the reviewers. */
    @Transactional
    public PartnerProject updateProject(Caller caller, long projectId, ProjectService.ProjectInput input) {
        PartnerProject project = visibleProject(caller, projectId);
        if (!caller.ownsPartner(project.getPartnerId())) {
            throw new ForbiddenException("forbidden.project.partnerCorrects");
        }
        return projects.update(projectId, input);
    }

    /**
     * A reviewer confirms the project as evidence or rejects it. {@code partnerId} is the company whose page the reviewer
     * acts on, or null; a project of another company is not found there.
     */
    @Transactional
    public PartnerProject reviewProject(Caller caller, Long partnerId, long projectId, ProjectDecision decision, String comment) {
        requireReviewer(caller);
        PartnerProject project = visibleProject(caller, projectId);
        if (partnerId != null && !partnerId.equals(project.getPartnerId())) {
            throw new NotFoundException("notFound.project");
        }
        if (decision == null) {
            throw new InvalidInputException("decision", "is required: CONFIRM or REJECT");
        }
        return projects.review(projectId, decision == ProjectDecision.CONFIRM, comment, caller.username());
    }

    // ---- development plan ----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Plan plan(Caller caller, long partnerId, Pageable items) {
        return ofVisible(caller, partnerId, () -> plan(partnerId, items));
    }

    @Transactional
    public DevelopmentPlanItem addPlanItem(Caller caller, long partnerId, String title, LocalDate dueOn) {
        requireReviewer(caller);
        partners.get(caller, partnerId);
        return plans.addItem(partnerId, title, dueOn, caller.username());
    }

    @Transactional
    public DevelopmentPlanItem markPlanItem(Caller caller, long partnerId, long itemId, Boolean done) {
        requireReviewer(caller);
        partners.get(caller, partnerId);
        if (plans.item(itemId).getPartnerId() != partnerId) {
            throw new NotFoundException("notFound.planItem");
        }
        if (done == null) {
            throw new InvalidInputException("done", "is required: true or false");
        }
        return plans.mark(itemId, done, caller.username());
    }

    @Transactional
    public DevelopmentPlan assignManager(Caller caller, long partnerId, String manager) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.plan.managersAssign");
        }
        partners.get(caller, partnerId);
        return plans.assignManager(partnerId, manager);
    }

    // ---- discounts and yearly reviews ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<QuarterDiscount> discounts(Caller caller, long partnerId, Pageable pageable) {
        return ofVisible(caller, partnerId, () -> tiers.discounts(partnerId, pageable));
    }

    @Transactional(readOnly = true)
    public Page<YearReview> reviews(Caller caller, long partnerId, Pageable pageable) {
        return ofVisible(caller, partnerId, () -> years.reviews(partnerId, pageable).map(this::withEvidence));
    }

    /** Partners flagged by the yearly review and waiting for a manager's decision. */
    @Transactional(readOnly = true)
    public Page<YearReview> flagged(Caller caller, Pageable pageable) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.tier.managersDecide");
        }
        return years.flagged(pageable).map(this::withEvidence);
    }

    // ---- counted benefits in use ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<Consultation> consultations(Caller caller, long partnerId, Pageable pageable) {
        return ofVisible(caller, partnerId, () -> consultations.list(partnerId, pageable));
    }

    /**
     * Staff log a free consultation given; a conflict once the month's hours are used up, 403 while the partner's
     * agreement is suspended or terminated (its quotas are frozen).
     */
    @Transactional
    public Consultation logConsultation(Caller caller, long partnerId, ConsultationService.NewConsultation input) {
        partners.get(caller, partnerId);
        requireReviewer(caller);
        agreements.requireValid(partnerId); // a suspended or terminated partner's quotas are frozen (403 with the reason)
        return consultations.log(partnerId, input, caller.username());
    }

    @Transactional(readOnly = true)
    public Page<LicenceRequest> licenceRequests(Caller caller, long partnerId, Pageable pageable) {
        return ofVisible(caller, partnerId, () -> licences.list(partnerId, pageable));
    }

    /**
     * The partner requests free licences for internal use; a conflict beyond what is left this partner year, 403 while
     * its agreement is suspended or terminated (its quotas are frozen).
     */
    @Transactional
    public LicenceRequest requestLicences(Caller caller, long partnerId, LicenceService.NewRequest input) {
        partners.get(caller, partnerId);
        if (!caller.ownsPartner(partnerId) || !caller.has(Role.PARTNER)) {
            throw new ForbiddenException("forbidden.licences.partnerRequests");
        }
        agreements.requireValid(partnerId);
        return licences.request(partnerId, input, caller.username());
    }

    /** Licence requests waiting for staff, oldest first. */
    @Transactional(readOnly = true)
    public Page<LicenceRequest> openLicenceRequests(Caller caller, Pageable pageable) {
        requireReviewer(caller);
        return licences.open(pageable);
    }

    /**
     * Staff issue the licences or reject the request with a reason. {@code partnerId} is the company whose page staff act
     * on, or null; a request of another company is not found there.
     */
    @Transactional
    public LicenceRequest decideLicences(Caller caller, Long partnerId, long requestId, LicenceDecision decision, String comment) {
        requireReviewer(caller);
        if (decision == null) {
            throw new InvalidInputException("decision", "is required: ISSUE or REJECT");
        }
        if (partnerId != null && !partnerId.equals(licences.get(requestId).getPartnerId())) {
            throw new NotFoundException("notFound.licenceRequest");
        }
        if (decision == LicenceDecision.ISSUE) {
            agreements.requireValid(licences.get(requestId).getPartnerId()); // frozen: issuing waits for reinstatement
        }
        return licences.decide(requestId, decision == LicenceDecision.ISSUE, comment, caller.username());
    }

    /** Each line's list price less the company's discount of its kind, as the rules stand today. */
    @Transactional(readOnly = true)
    public DiscountCalculator.Quote quote(Caller caller, long partnerId, List<DiscountCalculator.Line> lines) {
        return quote(caller, partnerId, lines, null);
    }

    /** The same for a joint sale when {@code jointDealId} is given: its licences at the deal's approved individual discount. */
    @Transactional(readOnly = true)
    public DiscountCalculator.Quote quote(Caller caller, long partnerId, List<DiscountCalculator.Line> lines, Long jointDealId) {
        return ofVisible(caller, partnerId, () -> calculator.quote(partnerId, lines,
                jointDealId == null ? null : deals.jointSale(jointDealId, partnerId)));
    }

    // ---- who may do what -----------------------------------------------------------------------------------------

    private PartnerProject visibleProject(Caller caller, long projectId) {
        PartnerProject project = projects.get(projectId);
        partners.requireVisible(caller, project.getPartnerId(), "Project", projectId);
        return project;
    }

    /** Reads a company's facts once the caller may see the company. */
    private <T> T ofVisible(Caller caller, long partnerId, Supplier<T> read) {
        partners.get(caller, partnerId);
        return read.get();
    }

    /** Reviewers and managers act on partners' tiers; administrators run the system and only read. */
    private static void requireReviewer(Caller caller) {
        if (!caller.has(Role.REVIEWER) && !caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.reviewersOnly");
        }
    }

    private Plan plan(long partnerId, Pageable items) {
        return new Plan(plans.plan(partnerId), plans.completion(partnerId), plans.items(partnerId, items));
    }

    private YearReview withEvidence(TierReview review) {
        return new YearReview(review, eligibility.report(review.getReportId()));
    }
}
