package dev.partnerprogram.web.casestudy;

import dev.partnerprogram.casestudy.NewCaseStudy;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectController;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.casestudy.CaseStudyView;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case studies: the partner's list and a new one; the staff's list; a case study's page with marketing's review through
 * the task form. A listed partner's public page with its approved case studies is the directory's.
 */
@PageController
@RequestMapping("/case-studies")
class CaseStudyController extends SubjectController {
    static final String VIEW_DETAILS = "casestudies/details";

    private final CaseStudyWorkflow workflow;

    CaseStudyController(CaseStudyWorkflow workflow, SubjectPages pages) {
        super(SubjectType.CASE_STUDY, "casestudies", "caseStudies", pages);
        this.workflow = workflow;
    }

    @Override
    protected Page<CaseStudyView> listed(Caller caller, Pageable page) {
        return workflow.list(caller, page);
    }

    @PostMapping
    String submit(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(subject, form, in -> new NewCaseStudy(in.id("projectId"), in.text("title"), in.text("summary"),
                        "true".equals(form.get("customerConsent"))), request -> workflow.submit(caller, request).id(), "caseStudy.notice.submitted", model, redirect,
                () -> showForm(caller, model, form));
    }

    @Override
    @GetMapping("/{id}")
    protected String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("c", workflow.get(caller, id));
        pages.offer(caller, subject, id, model);
        return VIEW_DETAILS;
    }

    @Override
    protected void offerChoices(Caller caller, Model model) {
        model.addAttribute("projects", workflow.projectsToTell(caller));
    }
}
