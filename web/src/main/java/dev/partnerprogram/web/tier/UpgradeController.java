package dev.partnerprogram.web.tier;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.LicenceService.NewRequest;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.upgrade.ProjectService.ProjectInput;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.upgrade.TierFacade;
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
 * consultations; and the discount calculator. They are the signed-in partner's own; staff see a partner's on its staff
 * page.
 */
@PageController
class UpgradeController {
    static final String VIEW_TIER = "upgrade/tier";
    static final String VIEW_USAGE = "upgrade/usage";
    static final String VIEW_CALCULATOR = "upgrade/calculator";
    static final int CALCULATOR_LINES = 6;

    private final TierFacade tier;
    private final Partners partners;
    private final ApplicationWorkflow applications;
    private final UiMessages messages;

    UpgradeController(TierFacade tier, Partners partners, ApplicationWorkflow applications, UiMessages messages) {
        this.tier = tier;
        this.partners = partners;
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/partner/tier")
    String tier(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        return showTier(caller, page, model, new HashMap<>());
    }

    /** Asks for the next tier; the rules judge at once, so the partner lands on the decided or reviewed application. */
    @PostMapping("/partner/tier/apply")
    String apply(Caller caller, @RequestParam(required = false) String description, RedirectAttributes redirect) {
        var next = partners.own(caller).getStatus().next();
        if (next.isEmpty()) {
            return "redirect:/partner/tier";
        }
        try {
            var view = applications.submit(caller, RequestedStatus.valueOf(next.get().name()), new ApplicationDetails(null, null,
                    null, null, null, null, EnumSet.noneOf(PlannedActivity.class), null, description));
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
        partnerOf(caller);
        FormReader read = new FormReader(messages);
        var input = new ProjectInput(form.get("customer"), form.get("title"),
                read.choice("complexity", form.get("complexity"), ProjectComplexity.class), read.date("startedOn", form.get("startedOn")),
                read.date("completedOn", form.get("completedOn")), form.get("caseStudy"));
        if (read.valid()) {
            try {
                tier.createProject(caller, input);
                Flash.success(redirect, "project.added");
                return "redirect:/partner/tier#projects";
            } catch (InvalidInputException e) {
                read.add(e);
            }
        }
        model.addAttribute("fieldErrors", read.errors());
        return showTier(caller, 0, model, form);
    }

    @GetMapping("/partner/benefits")
    String usage(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        return showUsage(caller, page, model, new HashMap<>());
    }

    @PostMapping("/partner/licences")
    String requestLicences(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        long partnerId = partnerOf(caller);
        FormReader read = new FormReader(messages);
        Integer quantity = read.integer("quantity", form.get("quantity"));
        if (read.valid()) {
            try {
                tier.requestLicences(caller, partnerId, new NewRequest(quantity, form.get("purpose")));
                Flash.success(redirect, "licences.requested", String.valueOf(quantity));
                return "redirect:/partner/benefits";
            } catch (InvalidInputException e) {
                read.add(e);
            } catch (ConflictException e) {
                Flash.problemNow(model, e);
            }
        }
        model.addAttribute("fieldErrors", read.errors());
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
        FormReader read = new FormReader(messages);
        List<DiscountCalculator.Line> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < CALCULATOR_LINES; i++) {
            String price = form.getOrDefault("listPrice" + i, "").trim();
            if (price.isEmpty() && form.getOrDefault("description" + i, "").isBlank()) {
                continue;
            }
            DiscountCalculator.Item item = read.requiredChoice("item" + i, form.get("item" + i), DiscountCalculator.Item.class);
            lines.add(new DiscountCalculator.Line(item, form.get("description" + i), read.money("listPrice" + i, price),
                    read.integer("quantity" + i, form.getOrDefault("quantity" + i, ""))));
            rows.add(i);
        }
        Integer jointDeal = read.integer("jointDeal", form.getOrDefault("jointDeal", ""));
        if (read.valid()) {
            try {
                model.addAttribute("quote", tier.quote(caller, partnerId, lines, jointDeal == null ? null : jointDeal.longValue()));
            } catch (InvalidInputException e) {
                // The calculator names lines by their place in the list it got; the form names them by row.
                read.add(new InvalidInputException(
                        e.violations().stream().map(v -> new FieldViolation(row(v.field(), rows), v.message())).toList()));
            } catch (ConflictException e) {
                Flash.problemNow(model, e);
            }
        }
        model.addAttribute("fieldErrors", read.errors());
        model.addAttribute("items", DiscountCalculator.Item.values());
        model.addAttribute("lines", CALCULATOR_LINES);
        model.addAttribute("form", form);
        return VIEW_CALCULATOR;
    }

    private String showTier(Caller caller, int page, Model model, Map<String, String> form) {
        TierModel.add(model, tier.overview(caller, partnerOf(caller), UiPaging.of(page)));
        model.addAttribute("openUpgrade", applications.list(caller, null, UiPaging.of(0)).stream()
                .anyMatch(a -> a.requestedStatus().isUpgrade() && !a.state().isFinal()));
        model.addAttribute("complexities", ProjectComplexity.values());
        model.addAttribute("form", form);
        return VIEW_TIER;
    }

    private String showUsage(Caller caller, int page, Model model, Map<String, String> form) {
        TierModel.add(model, tier.usage(caller, partnerOf(caller), UiPaging.of(page)));
        model.addAttribute("form", form);
        return VIEW_USAGE;
    }

    /** The signed-in partner's company; anybody else is refused these pages. */
    private long partnerOf(Caller caller) {
        return partners.own(caller).getId();
    }

    private static String row(String field, List<Integer> rows) {
        var matcher = java.util.regex.Pattern.compile("lines\\[(\\d+)]\\.(\\w+)").matcher(field == null ? "" : field);
        return matcher.matches() ? matcher.group(2) + rows.get(Integer.parseInt(matcher.group(1))) : "lines";
    }
}
