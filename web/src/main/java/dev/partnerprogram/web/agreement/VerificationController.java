package dev.partnerprogram.web.agreement;

import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page that the certificate's PDF points to: anyone, a customer checking a partner, learns whether the
 * certificate holds today and since when — the company's name and status, nothing more.
 */
@PageController
class VerificationController {
    static final String VIEW_VERIFY = "agreement/verify";

    private final AgreementWorkflow agreements;

    VerificationController(AgreementWorkflow agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/verify/{number}")
    String verify(@PathVariable String number, Model model) {
        model.addAttribute("verification", agreements.verify(number));
        return VIEW_VERIFY;
    }
}
