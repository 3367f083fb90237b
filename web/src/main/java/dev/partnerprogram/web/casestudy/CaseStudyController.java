package dev.partnerprogram.web.casestudy;

import dev.partnerprogram.casestudy.NewCaseStudy;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case studies: the partner's list and a new one; the staff's list; a case study's page with marketing's review through
 * the task form; and a listed partner's public directory page with its approved case studies.
 */
@PageController
class CaseStudyController {
    static final String VIEW_LIST = "casestudies/list";
    static final String VIEW_FORM = "casestudies/form";
    static final String VIEW_DETAILS = "casestudies/details";
    static final String VIEW_DIRECTORY_PAGE = "casestudies/directory-page";
    private static final SubjectType SUBJECT = SubjectType.CASE_STUDY;

    private final CaseStudyWorkflow workflow;
    private final SubjectPages pages;

    CaseStudyController(CaseStudyWorkflow workflow, SubjectPages pages) {
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping("/case-studies")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("caseStudies", workflow.list(caller, UiPaging.of(page)));
        return VIEW_LIST;
    }

    @GetMapping("/case-studies/new")
    String form(Caller caller, Model model) {
        return showForm(caller, model, new HashMap<>());
    }

    @PostMapping("/case-studies")
    String submit(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(SUBJECT, form, in -> new NewCaseStudy(in.id("projectId"), in.text("title"), in.text("summary"),
                        "true".equals(form.get("customerConsent"))), request -> workflow.submit(caller, request).id(), "caseStudy.notice.submitted", model, redirect,
                () -> showForm(caller, model, form));
    }

    @GetMapping("/case-studies/{id}")
    String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("c", workflow.get(caller, id));
        pages.offer(caller, SUBJECT, id, model);
        return VIEW_DETAILS;
    }

    /** Completes the caller's open task on this case study (marketing's review) with the posted form. */
    @PostMapping("/case-studies/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return pages.complete(caller, SUBJECT, id, form, model, redirect, () -> details(caller, id, model));
    }

    @GetMapping("/directory/{partnerId}")
    String directoryPage(@PathVariable long partnerId, Model model) {
        model.addAttribute("p", workflow.directoryPage(partnerId));
        return VIEW_DIRECTORY_PAGE;
    }

    private String showForm(Caller caller, Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("projects", workflow.projectsToTell(caller));
        return VIEW_FORM;
    }
}
