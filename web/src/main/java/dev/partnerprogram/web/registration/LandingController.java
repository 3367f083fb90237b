package dev.partnerprogram.web.registration;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.system.page.PageController;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page: what the program offers, by tier, with the numbers from configuration. */
@PageController
class LandingController {
    static final String VIEW_LANDING = "landing";
    private static final List<PartnerStatus> TIERS = List.of(PartnerStatus.AUTHORIZED, PartnerStatus.CERTIFIED, PartnerStatus.GENERAL);

    private final ProgramProperties properties;

    LandingController(ProgramProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String landing(Principal principal, Model model) {
        if (principal != null) {
            return "redirect:/home";
        }
        Map<PartnerStatus, ProgramProperties.TierBenefits> tiers = new LinkedHashMap<>();
        TIERS.forEach(tier -> tiers.put(tier, properties.tier(tier.name())));
        model.addAttribute("tiers", tiers);
        return VIEW_LANDING;
    }
}
