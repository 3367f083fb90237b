package dev.partnerprogram.web.agreement;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A partner's agreement as its users and the vendor's staff see it: term, state, days left, access and trail. */
@PageController
class AgreementController {
    static final String VIEW_AGREEMENT = "agreement/agreement";

    private final AgreementWorkflow agreements;

    AgreementController(AgreementWorkflow agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/partners/{id}/agreement")
    String agreement(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("view", agreements.agreement(caller, id));
        model.addAttribute("partnerId", id);
        return VIEW_AGREEMENT;
    }
}
