package dev.partnerprogram.web.tier;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.ConsultationService;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.LicenceService;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.TierService;
import dev.partnerprogram.upgrade.DevelopmentPlanService;
import dev.partnerprogram.upgrade.PartnerYearService;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.upgrade.ProjectService;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.upgrade.UpgradeWorkflow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's pages on its tier and benefits: the progress to the next tier with the request for it, the projects
 * that count as evidence, the development plan, the quarterly discounts and yearly reviews; free licences and
 * consultations; and the discount calculator.
 */
@PageController
class UpgradeController {
    static final String VIEW_TIER = "upgrade/tier";
    static final String VIEW_USAGE = "upgrade/usage";
    static final String VIEW_CALCULATOR = "upgrade/calculator";
    static final int CALCULATOR_LINES = 6;

    private final UpgradeWorkflow upgrades;
    private final ApplicationWorkflow applications;
    private final PartnerService partners;
    private final BenefitsService benefits;
    private final ProjectService projects;
    private final DevelopmentPlanService plans;
    private final TierService tiers;
    private final PartnerYearService years;
    private final DiscountCalculator calculator;
    private final LicenceService licences;
    private final ConsultationService consultations;
    private final UiMessages messages;

    UpgradeController(UpgradeWorkflow upgrades, ApplicationWorkflow applications, PartnerService partners, BenefitsService benefits,
                      ProjectService projects, DevelopmentPlanService plans, TierService tiers, PartnerYearService years,
                      DiscountCalculator calculator, LicenceService licences, ConsultationService consultations, UiMessages messages) {
        this.upgrades = upgrades;
        this.applications = applications;
        this.partners = partners;
        this.benefits = benefits;
        this.projects = projects;
        this.plans = plans;
        this.tiers = tiers;
        this.years = years;
        this.calculator = calculator;
        this.licences = licences;
        this.consultations = consultations;
        this.messages = messages;
    }

    @GetMapping("/partner/tier")
    String tier(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        return showTier(caller, page, model, new HashMap<>());
    }

    /** Asks for the next tier; the rules judge at once, so the partner lands on the decided or reviewed application. */
    @PostMapping("/partner/tier/apply")
    String apply(Caller caller, @RequestParam(required = false) String description, RedirectAttributes redirect) {
        long partnerId = partnerOf(caller);
        var next = partners.get(partnerId).getStatus().next();
        if (next.isEmpty()) {
            return "redirect:/partner/tier";
        }
        try {
            var view = applications.submit(caller, RequestedStatus.valueOf(next.get().name()), new ApplicationDetails(null, null,
                    null, null, null, null, EnumSet.noneOf(dev.partnerprogram.application.PlannedActivity.class), null, description));
            if (view.state() == ApplicationState.REJECTED) {
                Flash.warning(redirect, "upgrade.notEligible");
            } else {
                Flash.success(redirect, "upgrade.submitted", String.valueOf(view.id()));
            }
            return "redirect:/applications/" + view.id();
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            Flash.problem(redirect, e);
            return "redirect:/partner/tier";
        }
    }

    @PostMapping("/partner/projects")
    String addProject(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        long partnerId = partnerOf(caller);
        List<FieldViolation> errors = new ArrayList<>();
        var input = new ProjectService.ProjectInput(form.get("customer"), form.get("title"),
                MarketingForms.choice(errors, "complexity", form.get("complexity"), ProjectComplexity.class),
                MarketingForms.date(errors, "startedOn", form.get("startedOn")),
                MarketingForms.date(errors, "completedOn", form.get("completedOn")), form.get("caseStudy"));
        if (errors.isEmpty()) {
            try {
                projects.create(partnerId, input, caller.username());
                Flash.success(redirect, "project.added");
                return "redirect:/partner/tier#projects";
            } catch (InvalidInputException e) {
                errors.addAll(e.violations());
            }
        }
        model.addAttribute("fieldErrors", FormErrors.texts(errors, messages));
        return showTier(caller, 0, model, form);
    }

    @GetMapping("/partner/benefits")
    String usage(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        return showUsage(caller, page, model, new HashMap<>());
    }

    @PostMapping("/partner/licences")
    String requestLicences(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        long partnerId = partnerOf(caller);
        List<FieldViolation> errors = new ArrayList<>();
        Integer quantity = MarketingForms.integer(errors, "quantity", form.get("quantity"));
        if (errors.isEmpty()) {
            try {
                licences.request(partnerId, new LicenceService.NewRequest(quantity, form.get("purpose")), caller.username());
                Flash.success(redirect, "licences.requested", String.valueOf(quantity));
                return "redirect:/partner/benefits";
            } catch (InvalidInputException e) {
                errors.addAll(e.violations());
            } catch (ConflictException e) {
                Flash.problemNow(model, e);
            }
        }
        model.addAttribute("fieldErrors", FormErrors.texts(errors, messages));
        return showUsage(caller, 0, model, form);
    }

    @GetMapping("/partner/calculator")
    String calculator(Caller caller, Model model) {
        partnerOf(caller);
        model.addAttribute("items", DiscountCalculator.Item.values());
        model.addAttribute("lines", CALCULATOR_LINES);
        model.addAttribute("form", Map.of("item0", DiscountCalculator.Item.LICENSE_ON_PREMISES.name(), "quantity0", "1"));
        return VIEW_CALCULATOR;
    }

    /** Lines left blank are skipped; a line partly filled in is checked like any other. */
    @PostMapping("/partner/calculator")
    String quote(Caller caller, @RequestParam Map<String, String> form, Model model) {
        long partnerId = partnerOf(caller);
        List<FieldViolation> errors = new ArrayList<>();
        List<DiscountCalculator.Line> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < CALCULATOR_LINES; i++) {
            String price = form.getOrDefault("listPrice" + i, "").trim();
            String quantity = form.getOrDefault("quantity" + i, "").trim();
            if (price.isEmpty() && form.getOrDefault("description" + i, "").isBlank()) {
                continue;
            }
            DiscountCalculator.Item item = MarketingForms.choice(errors, "item" + i, form.get("item" + i), DiscountCalculator.Item.class);
            lines.add(new DiscountCalculator.Line(item, form.get("description" + i), MarketingForms.money(errors, "listPrice" + i, price),
                    MarketingForms.integer(errors, "quantity" + i, quantity)));
            rows.add(i);
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute("quote", calculator.quote(partnerId, lines));
            } catch (InvalidInputException e) {
                // The calculator names lines by their place in the list it got; the form names them by row.
                errors.addAll(e.violations().stream().map(v -> new FieldViolation(row(v.field(), rows), v.message())).toList());
            } catch (ConflictException e) {
                Flash.problemNow(model, e);
            }
        }
        model.addAttribute("fieldErrors", FormErrors.texts(errors, messages));
        model.addAttribute("items", DiscountCalculator.Item.values());
        model.addAttribute("lines", CALCULATOR_LINES);
        model.addAttribute("form", form);
        return VIEW_CALCULATOR;
    }

    private String showTier(Caller caller, int page, Model model, Map<String, String> form) {
        long partnerId = partnerOf(caller);
        var partner = partners.get(partnerId);
        var pageable = UiPaging.of(page);
        model.addAttribute("partner", partner);
        model.addAttribute("progress", upgrades.progress(caller, partnerId).orElse(null));
        model.addAttribute("openUpgrade", applications.list(caller, null, UiPaging.of(0)).stream()
                .anyMatch(a -> a.requestedStatus().isUpgrade() && !a.state().isFinal()));
        model.addAttribute("projects", projects.list(partnerId, pageable));
        model.addAttribute("plan", plans.plan(partnerId).orElse(null));
        model.addAttribute("planItems", plans.items(partnerId, UiPaging.of(0)));
        model.addAttribute("planCompletion", plans.completion(partnerId));
        model.addAttribute("discounts", tiers.discounts(partnerId, UiPaging.of(0)));
        model.addAttribute("reviews", years.reviews(partnerId, UiPaging.of(0)));
        model.addAttribute("complexities", ProjectComplexity.values());
        model.addAttribute("form", form);
        return VIEW_TIER;
    }

    private String showUsage(Caller caller, int page, Model model, Map<String, String> form) {
        long partnerId = partnerOf(caller);
        model.addAttribute("benefits", benefits.benefits(partnerId));
        model.addAttribute("licenceRequests", licences.list(partnerId, UiPaging.of(page)));
        model.addAttribute("consultations", consultations.list(partnerId, UiPaging.of(0)));
        model.addAttribute("form", form);
        return VIEW_USAGE;
    }

    /** These pages are the signed-in partner's own; staff see a partner's on its staff page. */
    private static long partnerOf(Caller caller) {
        if (caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerPagesOnly");
        }
        return caller.partnerId();
    }

    private static String row(String field, List<Integer> rows) {
        var matcher = java.util.regex.Pattern.compile("lines\\[(\\d+)]\\.(\\w+)").matcher(field == null ? "" : field);
        return matcher.matches() ? matcher.group(2) + rows.get(Integer.parseInt(matcher.group(1))) : "lines";
    }
}
