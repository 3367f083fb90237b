package dev.partnerprogram.web.tier;

import dev.partnerprogram.workflow.upgrade.TierFacade;
import org.springframework.ui.Model;

/** The tier facts under the names the tier templates use, for the partner's own pages and staff's page on a partner. */
final class TierModel {
    private TierModel() {}

    static void add(Model model, TierFacade.Overview tier) {
        model.addAttribute("partner", tier.partner());
        model.addAttribute("progress", tier.progress().orElse(null));
        model.addAttribute("projects", tier.projects());
        model.addAttribute("plan", tier.plan().plan().orElse(null));
        model.addAttribute("planItems", tier.plan().items());
        model.addAttribute("planCompletion", tier.plan().completion());
        model.addAttribute("discounts", tier.discounts());
        model.addAttribute("reviews", tier.reviews());
    }

    static void add(Model model, TierFacade.Usage usage) {
        model.addAttribute("benefits", usage.benefits());
        model.addAttribute("licenceRequests", usage.licenceRequests());
        model.addAttribute("consultations", usage.consultations());
    }
}
