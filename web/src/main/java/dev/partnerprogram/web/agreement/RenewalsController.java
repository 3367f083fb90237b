package dev.partnerprogram.web.agreement;

import dev.partnerprogram.agreement.RenewalsList;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.ListFilters;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The partner managers' renewals list: due within 60 or 30 days, overdue, suspended; filtered, paged, exported. */
@PageController
class RenewalsController {
    static final String VIEW_RENEWALS = "agreement/renewals";

    private final AgreementWorkflow agreements;
    private final ProgramDashboard program;
    private final RenewalsTable table;

    RenewalsController(AgreementWorkflow agreements, ProgramDashboard program, RenewalsTable table) {
        this.agreements = agreements;
        this.program = program;
        this.table = table;
    }

    @GetMapping("/renewals")
    String renewals(Caller caller, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String due,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String company, Model model) {
        RenewalsList.Filter filter = ListFilters.orUnfiltered(model, () -> RenewalsList.Filter.of(due, region, company),
                () -> RenewalsList.Filter.of(null, null, null));
        model.addAttribute("renewals", agreements.renewals(caller, filter, UiPaging.of(page)));
        model.addAttribute("filter", filter);
        model.addAttribute("regions", program.regions());
        model.addAttribute("dues", RenewalsList.Due.values());
        return VIEW_RENEWALS;
    }

    @GetMapping("/renewals.csv")
    ResponseEntity<byte[]> csv(Caller caller, @RequestParam(required = false) String due,
                               @RequestParam(required = false) String region, @RequestParam(required = false) String company) {
        return table.csv(agreements.renewalsExport(caller, RenewalsList.Filter.of(due, region, company)));
    }
}
