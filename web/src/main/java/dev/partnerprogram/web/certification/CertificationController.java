package dev.partnerprogram.web.certification;

import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.web.inbox.SubjectPageController;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormInput;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.certification.CertificationView;
import dev.partnerprogram.workflow.certification.CertificationWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Specialists' certification: the exams with the registration form on the list itself, and one exam with its
 * certificate (and for training staff the open task's form).
 */
@PageController
@RequestMapping("/certifications")
class CertificationController extends SubjectPageController {
    static final String VIEW_LIST = "certifications/list";
    static final String VIEW_DETAILS = "certifications/details";

    private final CertificationWorkflow certification;

    CertificationController(CertificationWorkflow certification, SubjectPages pages) {
        super(SubjectType.CERTIFICATION, pages);
        this.certification = certification;
    }

    @GetMapping
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        return showList(caller, page, model, new HashMap<>());
    }

    @PostMapping
    String register(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            FormInput in = new FormInput(form);
            CertificationTrack track = in.choice("track", CertificationTrack.class);
            in.check();
            CertificationView view = certification.register(caller, in.text("employeeName"), in.text("employeeEmail"), track);
            Flash.success(redirect, "certification.registered", String.valueOf(view.id()));
            return "redirect:/certifications/" + view.id();
        } catch (InvalidInputException e) {
            pages.errors(model, e);
        } catch (ConflictException | ForbiddenException e) {
            Flash.problemNow(model, e);
        }
        return showList(caller, 0, model, form);
    }

    @Override
    @GetMapping("/{id}")
    protected String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("c", certification.get(caller, id));
        return pages.show(caller, subject, id, model, VIEW_DETAILS);
    }

    @GetMapping("/{id}/certificate")
    ResponseEntity<byte[]> certificate(Caller caller, @PathVariable long id) {
        var certificate = certification.certificate(caller, id);
        return Downloads.pdf("certificate-" + certificate.number() + ".pdf", certificate.pdf());
    }

    private String showList(Caller caller, int page, Model model, Map<String, String> form) {
        model.addAttribute("certifications", certification.list(caller, UiPaging.of(page)));
        model.addAttribute("tracks", CertificationTrack.values());
        model.addAttribute("form", form);
        model.addAttribute("canRegister", caller.has(Role.PARTNER) && caller.partnerId() != null);
        return VIEW_LIST;
    }
}
