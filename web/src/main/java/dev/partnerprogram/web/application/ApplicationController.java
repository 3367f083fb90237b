package dev.partnerprogram.web.application;

import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.UnsupportedFileTypeException;
import dev.partnerprogram.common.UploadTooLargeException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.application.ApplicationView;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.application.RequestGuides;
import dev.partnerprogram.workflow.certification.DesignationWorkflow;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskView;
import dev.partnerprogram.workflow.upgrade.UpgradeWorkflow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@PageController
class ApplicationController {
    static final String VIEW_LIST = "applications/list";
    static final String VIEW_FORM = "applications/form";
    static final String VIEW_DETAILS = "applications/details";
    private static final int TASK_SCAN_PAGE = 100;

    private final ApplicationWorkflow applications;
    private final Partners partners;
    private final TaskInbox inbox;
    private final UiMessages messages;
    private final DesignationWorkflow designations;
    private final UpgradeWorkflow upgrades;
    private final CommentsCard comments;
    private final RequestGuides guides;

    ApplicationController(ApplicationWorkflow applications, Partners partners, TaskInbox inbox, UiMessages messages,
                          DesignationWorkflow designations, UpgradeWorkflow upgrades, CommentsCard comments,
                          RequestGuides guides) {
        this.applications = applications;
        this.partners = partners;
        this.inbox = inbox;
        this.messages = messages;
        this.designations = designations;
        this.upgrades = upgrades;
        this.comments = comments;
        this.guides = guides;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder dataBinder) {
        dataBinder.setDisallowedFields("id");
    }

    @ModelAttribute("allActivities")
    PlannedActivity[] allActivities() {
        return PlannedActivity.values();
    }

    @GetMapping("/applications")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("applications", applications.list(caller, null, UiPaging.of(page)));
        return VIEW_LIST;
    }

    @GetMapping("/applications/new")
    String form(Caller caller, Model model, RedirectAttributes redirect) {
        var partner = partners.own(caller);
        if (partner.getStatus() != PartnerStatus.APPLICANT) {
            Flash.warning(redirect, "application.new.alreadyPartner");
            return "redirect:/home";
        }
        var open = applications.list(caller, null, UiPaging.of(0)).stream().filter(a -> !a.state().isFinal()).findFirst();
        if (open.isPresent()) {
            Flash.warning(redirect, "conflict.applicationInProgress");
            return "redirect:/applications/" + open.get().id();
        }
        model.addAttribute("form", ApplicationForm.prefilledFrom(partner));
        return VIEW_FORM;
    }

    /** One transaction in the workflow: a bad file or a bad field leaves nothing behind, and the form keeps the input. */
    @PostMapping("/applications/new")
    String submit(Caller caller, @ModelAttribute("form") ApplicationForm form, BindingResult result,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        // Only a partner's user applies: anybody else is refused before the input is looked at.
        partners.own(caller);
        if (result.hasErrors()) {
            return VIEW_FORM;
        }
        try {
            ApplicationView submitted = applications.submit(caller, RequestedStatus.AUTHORIZED, form.toDetails(), Uploads.of(files));
            Flash.success(redirect, "application.submitted", submitted.id());
            return "redirect:/applications/" + submitted.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result, messages);
        } catch (UploadTooLargeException | UnsupportedFileTypeException | ConflictException e) {
            result.reject("domain", messages.text(e));
        }
        return VIEW_FORM;
    }

    @GetMapping("/applications/{id}")
    String details(Caller caller, @PathVariable long id, Model model) {
        ApplicationView application = applications.get(caller, id);
        boolean owner = caller.ownsPartner(application.partnerId());
        boolean open = !application.state().isFinal();
        model.addAttribute("app", application);
        model.addAttribute("tasks", tasksOn(caller, id));
        model.addAttribute("guide", guides.application(caller, id));
        model.addAttribute("canWithdraw", owner && open);
        model.addAttribute("canUpload", open && (owner || caller.has(Role.REVIEWER)));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("requirements", application.requestedStatus().isDesignation() ? designations.requirements(caller, id) : null);
        model.addAttribute("upgradeDecision", application.requestedStatus().isUpgrade() ? upgrades.decision(caller, id) : null);
        comments.show(caller, SubjectType.APPLICATION.code(), id, model);
        return VIEW_DETAILS;
    }

    @PostMapping("/applications/{id}/documents")
    String upload(Caller caller, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) DocumentKind kind, RedirectAttributes redirect) {
        if (Uploads.isMissing(file)) {
            Flash.problem(redirect, "upload.choose");
            return "redirect:/applications/" + id + "#documents";
        }
        try {
            var upload = Uploads.of(file);
            var document = applications.upload(caller, id, kind, upload.fileName(), upload.data());
            Flash.success(redirect, "upload.done", document.name());
        } catch (UploadTooLargeException | UnsupportedFileTypeException | ConflictException | InvalidInputException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/applications/" + id + "#documents";
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable long id, @PathVariable long documentId) {
        var file = applications.download(caller, id, documentId);
        return Downloads.attachment(file.document().getFileName(), file.document().getContentType(), file.data());
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        try {
            applications.withdraw(caller, id);
            Flash.success(redirect, "application.withdrawn", id);
        } catch (ConflictException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/applications/" + id;
    }

    /** The caller's open tasks on this application; the inbox is read a page at a time, as it is ordered by age. */
    private List<TaskView> tasksOn(Caller caller, long applicationId) {
        List<TaskView> result = new ArrayList<>();
        Page<TaskView> page;
        int number = 0;
        do {
            page = inbox.list(caller, PageRequest.of(number++, TASK_SCAN_PAGE));
            page.stream().filter(t -> t.subject() != null && t.subject().id() == applicationId).forEach(result::add);
        } while (page.hasNext());
        return result;
    }
}
