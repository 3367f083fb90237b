package dev.partnerprogram.web.partner;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.application.ApplicationView;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.application.RequestGuide;
import dev.partnerprogram.workflow.application.RequestGuides;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.task.TaskInbox;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The partner's own page: the join's checklist until the status is granted, company, benefits, applications, tasks and
 * status history. Staff go to their work.
 */
@PageController
class HomeController {
    static final String VIEW_HOME = "home";

    private final Partners partners;
    private final ApplicationWorkflow applications;
    private final TaskInbox inbox;
    private final RequestGuides guides;

    HomeController(Partners partners, ApplicationWorkflow applications, TaskInbox inbox, RequestGuides guides) {
        this.partners = partners;
        this.applications = applications;
        this.inbox = inbox;
        this.guides = guides;
    }

    @GetMapping("/home")
    String home(Caller caller, Model model) {
        if (caller.partnerId() == null) {
            boolean reviews = caller.has(Role.REVIEWER) || caller.has(Role.MANAGER);
            return !reviews && caller.has(Role.ADMIN) ? "redirect:/admin" : "redirect:/inbox";
        }
        long partnerId = caller.partnerId();
        PartnerCompany partner = partners.get(caller, partnerId);
        Page<ApplicationView> own = applications.list(caller, null, UiPaging.of(0));
        boolean applicant = partner.getStatus() == PartnerStatus.APPLICANT;
        // An approved join stays the page's business until the asynchronous grant has made the company a partner:
        // otherwise, between the decision and the grant, the page would offer to apply again.
        var open = own.stream().filter(a -> !a.state().isFinal() || applicant && a.state() == ApplicationState.APPROVED)
                .findFirst();
        model.addAttribute("partner", partner);
        model.addAttribute("benefits", partners.benefits(caller, partnerId));
        model.addAttribute("applications", own);
        model.addAttribute("tasks", inbox.list(caller, UiPaging.of(0)));
        model.addAttribute("history", partners.history(caller, partnerId));
        model.addAttribute("canApply", applicant && open.isEmpty());
        // Until the status is granted the join is the partner's business on this page: a checklist of its steps.
        model.addAttribute("guide", !applicant ? null : open.map(a -> guides.application(caller, a.id()))
                .orElseGet(() -> RequestGuide.beforeApplying(true)));
        return VIEW_HOME;
    }

    /** The agreement to sign, with the company's details filled in; the join's agreement step links to it. */
    @GetMapping("/partner/agreement-template")
    ResponseEntity<byte[]> agreementTemplate(Caller caller) {
        var agreement = guides.agreementTemplate(caller);
        return Downloads.pdf(agreement.fileName(), agreement.pdf());
    }

    @GetMapping("/partner/certificate")
    ResponseEntity<byte[]> certificate(Caller caller) {
        var certificate = partners.ownCertificate(caller);
        return Downloads.pdf(certificate.fileName(), certificate.pdf());
    }
}
