package dev.partnerprogram.web.dashboard;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every application, for managers, with a filter by state. */
@PageController
class ManagerController {
    static final String VIEW_APPLICATIONS = "manager/applications";

    private final ApplicationWorkflow applications;

    ManagerController(ApplicationWorkflow applications) {
        this.applications = applications;
    }

    @GetMapping("/manager/applications")
    String applications(Caller caller, @RequestParam(required = false) ApplicationState state,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("applications", applications.list(caller, state == null ? null : Set.of(state), UiPaging.of(page)));
        model.addAttribute("state", state);
        model.addAttribute("states", ApplicationState.values());
        return VIEW_APPLICATIONS;
    }
}
