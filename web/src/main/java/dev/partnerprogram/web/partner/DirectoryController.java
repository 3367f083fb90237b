package dev.partnerprogram.web.partner;

import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public partner directory: Authorized partners and higher. */
@PageController
class DirectoryController {
    static final String VIEW_DIRECTORY = "directory";

    private final PartnerService partners;

    DirectoryController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping("/directory")
    String directory(@RequestParam(defaultValue = "0") int page, Model model) {
        var listed = partners.directory(UiPaging.of(page));
        model.addAttribute("partners", listed);
        model.addAttribute("designations", partners.activeDesignations(listed.getContent().stream().map(p -> p.getId()).toList()));
        return VIEW_DIRECTORY;
    }
}
