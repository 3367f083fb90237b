package dev.partnerprogram.web.certification;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.certification.CertificationWorkflow;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner's specialists with their certificates' validity, and a specialist's leaving the company. */
@PageController
class SpecialistController {
    static final String VIEW_SPECIALISTS = "certifications/specialists";

    private final CertificationWorkflow certification;

    SpecialistController(CertificationWorkflow certification) {
        this.certification = certification;
    }

    @GetMapping("/specialists")
    String specialists(Caller caller, @RequestParam(required = false) Long partnerId, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        model.addAttribute("specialists", certification.specialists(caller, partnerId, UiPaging.of(page)));
        model.addAttribute("owner", caller.has(Role.PARTNER));
        return VIEW_SPECIALISTS;
    }

    @PostMapping("/specialists/{id}/leave")
    String leave(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        try {
            var specialist = certification.leave(caller, id);
            Flash.success(redirect, "specialist.left", specialist.person().name());
        } catch (ForbiddenException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/specialists";
    }
}
