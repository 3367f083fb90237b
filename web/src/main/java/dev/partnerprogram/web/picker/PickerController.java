package dev.partnerprogram.web.picker;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.identity.Colleagues;
import dev.partnerprogram.workflow.partner.StaffPartners;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Suggestions for the fields where staff name a partner (by its id) or a colleague (by login): the pages' small JSON,
 * read by {@code static/js/picker.js} into the field's datalist. The value is what the field takes, the label what
 * the user recognises. Staff only, like the fields.
 */
@PageController
class PickerController {
    private final StaffPartners partners;
    private final Colleagues colleagues;

    PickerController(StaffPartners partners, Colleagues colleagues) {
        this.partners = partners;
        this.colleagues = colleagues;
    }

    /** One suggestion: the field's value and what the list shows for it. */
    record Suggestion(String value, String label) {}

    @GetMapping(path = "/pickers/partners", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Suggestion> partners(Caller caller, @RequestParam(name = "q", required = false) String text) {
        return partners.pick(caller, text, Colleagues.LIMIT).stream()
                .map(p -> new Suggestion(Long.toString(p.id()), p.name() + " · " + p.taxId() + " · " + p.region()))
                .toList();
    }

    @GetMapping(path = "/pickers/colleagues", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Suggestion> colleagues(Caller caller, @RequestParam(name = "q", required = false) String text) {
        return colleagues.find(caller, text).stream()
                .map(c -> new Suggestion(c.username(), c.displayName() == null ? c.username() : c.displayName()))
                .toList();
    }
}
