package dev.partnerprogram.web.partner;

import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import dev.partnerprogram.workflow.partner.Partners;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public partner directory: Authorized partners and higher, each with its page of approved case studies. */
@PageController
class DirectoryController {
    static final String VIEW_DIRECTORY = "directory";
    static final String VIEW_DIRECTORY_PAGE = "casestudies/directory-page";

    private final Partners partners;
    private final CaseStudyWorkflow caseStudies;

    DirectoryController(Partners partners, CaseStudyWorkflow caseStudies) {
        this.partners = partners;
        this.caseStudies = caseStudies;
    }

    @GetMapping("/directory")
    String directory(@RequestParam(defaultValue = "0") int page, Model model) {
        var directory = partners.directory(UiPaging.of(page));
        model.addAttribute("partners", directory.partners());
        model.addAttribute("designations", directory.designations());
        return VIEW_DIRECTORY;
    }

    @GetMapping("/directory/{partnerId}")
    String directoryPage(@PathVariable long partnerId, Model model) {
        model.addAttribute("p", caseStudies.directoryPage(partnerId));
        return VIEW_DIRECTORY_PAGE;
    }
}
