package dev.partnerprogram.web.partner;

import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.PartnerQuery;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.system.page.ListFilters;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import dev.partnerprogram.workflow.partner.StaffPartners;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's partner list (search by name, tax id, region, tier, agreement) and each company's page of everything. */
@PageController
class StaffPartnersController {
    static final String VIEW_LIST = "partners/list";
    static final String VIEW_PARTNER = "partners/overview";

    private final StaffPartners partners;
    private final ProgramDashboard program;
    private final AgreementWorkflow agreements;

    StaffPartnersController(StaffPartners partners, ProgramDashboard program, AgreementWorkflow agreements) {
        this.partners = partners;
        this.program = program;
        this.agreements = agreements;
    }

    @GetMapping("/partners")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String name,
                @RequestParam(required = false) String taxId, @RequestParam(required = false) String region,
                @RequestParam(required = false) String status, @RequestParam(required = false) String agreement, Model model) {
        PartnerQuery query = ListFilters.orUnfiltered(model, () -> PartnerQuery.of(name, taxId, region, status, agreement),
                () -> PartnerQuery.ALL);
        model.addAttribute("partners", partners.search(caller, query, UiPaging.of(page)));
        model.addAttribute("query", query);
        model.addAttribute("regions", program.regions());
        model.addAttribute("statuses", PartnerStatus.values());
        model.addAttribute("agreementChoices", PartnerQuery.agreementChoices());
        return VIEW_LIST;
    }

    @GetMapping("/partners/{id}")
    String partner(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "0") int agreementsPage, Model model) {
        model.addAttribute("o", partners.overview(caller, id));
        model.addAttribute("agreements", agreements.agreementList(caller, id, UiPaging.of(agreementsPage)));
        model.addAttribute("tasksShown", StaffPartners.TASKS_SHOWN);
        return VIEW_PARTNER;
    }
}
