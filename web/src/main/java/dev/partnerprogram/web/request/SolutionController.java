package dev.partnerprogram.web.request;

import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor's list of solutions that partners ask solution-sale help for: administrators add, rename and retire them. */
@PageController
class SolutionController {
    static final String VIEW_LIST = "requests/solutions";
    private static final String BACK = "redirect:/admin/solutions";

    private final PartnerRequestWorkflow workflow;

    SolutionController(PartnerRequestWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/admin/solutions")
    String list(Caller caller, Model model) {
        model.addAttribute("solutions", workflow.solutions(caller));
        return VIEW_LIST;
    }

    @PostMapping("/admin/solutions")
    String add(Caller caller, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            Flash.success(redirect, "solution.notice.added", workflow.addSolution(caller, name).name());
        } catch (ProblemException e) {
            Flash.problem(redirect, e);
        }
        return BACK;
    }

    /** Renames a solution, or takes it off the partners' list ({@code active=false}) or back on. */
    @PostMapping("/admin/solutions/{id}")
    String change(Caller caller, @PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        try {
            Flash.success(redirect, "solution.notice.changed", workflow.changeSolution(caller, id, name, active).name());
        } catch (ProblemException e) {
            Flash.problem(redirect, e);
        }
        return BACK;
    }
}
