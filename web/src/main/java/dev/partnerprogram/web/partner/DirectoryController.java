package dev.partnerprogram.web.partner;

import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.partner.Partners;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public partner directory: Authorized partners and higher. */
@PageController
class DirectoryController {
    static final String VIEW_DIRECTORY = "directory";

    private final Partners partners;

    DirectoryController(Partners partners) {
        this.partners = partners;
    }

    @GetMapping("/directory")
    String directory(@RequestParam(defaultValue = "0") int page, Model model) {
        var directory = partners.directory(UiPaging.of(page));
        model.addAttribute("partners", directory.partners());
        model.addAttribute("designations", directory.designations());
        return VIEW_DIRECTORY;
    }
}
