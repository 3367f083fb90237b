package dev.partnerprogram.web.marketing;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.UnsupportedFileTypeException;
import dev.partnerprogram.common.UploadTooLargeException;
import dev.partnerprogram.compensation.ActivityKind;
import dev.partnerprogram.compensation.ClaimInput;
import dev.partnerprogram.compensation.CompensationDocument;
import dev.partnerprogram.compensation.CompensationRequest;
import dev.partnerprogram.compensation.CompensationState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectController;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.compensation.CompensationView;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of marketing compensation: the partner's activities with amounts and deadline, a new pre-approval, the claim
 * with line items and uploads; for staff the same page carries the open task's form (review, line-by-line
 * verification with the documents, payment).
 */
@PageController
@RequestMapping("/compensations")
class CompensationController extends SubjectController {
    static final String VIEW_DETAILS = "compensations/details";
    private static final EnumSet<CompensationState> CLAIM_OPEN = EnumSet.of(CompensationState.APPROVED, CompensationState.CLAIM_CORRECTION);

    private final CompensationWorkflow workflow;

    CompensationController(CompensationWorkflow workflow, SubjectPages pages) {
        super(SubjectType.COMPENSATION, "compensations", "compensations", pages);
        this.workflow = workflow;
    }

    /** The list's page of compensations, unfiltered (the filters are the API's). */
    @Override
    protected Page<CompensationView> listed(Caller caller, Pageable page) {
        return workflow.list(caller, null, null, page);
    }

    @PostMapping
    String submit(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(subject, form, in -> new CompensationRequest(in.text("title"), in.choice("kind", ActivityKind.class),
                        in.text("region"), in.date("plannedStart"), in.date("plannedEnd"), in.money("plannedBudget"),
                        in.money("requestedAmount"), in.integer("expectedAudience"), in.integer("expectedLeads"),
                        in.text("description")),
                request -> workflow.submit(caller, request).id(), "mdf.notice.submitted", model, redirect,
                () -> showForm(caller, model, form));
    }

    @Override
    @GetMapping("/{id}")
    protected String details(Caller caller, @PathVariable long id, Model model) {
        CompensationView view = workflow.get(caller, id);
        model.addAttribute("c", view);
        model.addAttribute("owner", caller.ownsPartner(view.partnerId()));
        model.addAttribute("claimOpen", caller.ownsPartner(view.partnerId()) && CLAIM_OPEN.contains(view.state()));
        model.addAttribute("documentKinds", CompensationDocument.Kind.values());
        model.addAttribute("kinds", ActivityKind.values());
        return pages.show(caller, subject, id, model, VIEW_DETAILS);
    }

    @PostMapping("/{id}/cancel")
    String cancel(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        try {
            workflow.cancel(caller, id);
            Flash.success(redirect, "mdf.notice.cancelled");
        } catch (ConflictException | ForbiddenException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/compensations/" + id;
    }

    /** The claim: expense lines, results and proof files, all or nothing. */
    @PostMapping(path = "/{id}/claim", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String claim(Caller caller, @PathVariable long id,
                 @RequestParam(name = "lineDescription", required = false) List<String> descriptions,
                 @RequestParam(name = "lineAmount", required = false) List<String> amounts,
                 @RequestParam(required = false) String results, @RequestParam(required = false) String actualAudience,
                 @RequestParam(required = false) String actualLeads,
                 @RequestParam(name = "documentKind", required = false) CompensationDocument.Kind documentKind,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 Model model, RedirectAttributes redirect) {
        List<FieldViolation> errors = new ArrayList<>();
        List<ClaimInput.Expense> expenses = new ArrayList<>();
        int lines = descriptions == null ? 0 : descriptions.size();
        for (int i = 0; i < lines; i++) {
            String description = descriptions.get(i);
            String amount = amounts != null && i < amounts.size() ? amounts.get(i) : null;
            if ((description == null || description.isBlank()) && (amount == null || amount.isBlank())) {
                continue;
            }
            expenses.add(new ClaimInput.Expense(description, MarketingForms.money(errors, "actualExpenses[" + expenses.size() + "].amount", amount)));
        }
        List<CompensationWorkflow.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                uploads.add(new CompensationWorkflow.Upload(file.getOriginalFilename(), Uploads.bytes(file), documentKind));
            }
        }
        try {
            MarketingForms.throwIfAny(errors);
            workflow.claim(caller, id, new ClaimInput(expenses, results, MarketingForms.integer(errors, "actualAudience", actualAudience),
                    MarketingForms.integer(errors, "actualLeads", actualLeads)), uploads);
            Flash.success(redirect, "mdf.notice.claimed");
            return "redirect:/compensations/" + id;
        } catch (InvalidInputException e) {
            pages.errors(model, e);
            model.addAttribute("claimForm", Map.of("results", results == null ? "" : results));
            return details(caller, id, model);
        } catch (ConflictException | UploadTooLargeException | UnsupportedFileTypeException e) {
            Flash.problem(redirect, e);
            return "redirect:/compensations/" + id;
        }
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable long id, @PathVariable long documentId) {
        var file = workflow.download(caller, id, documentId);
        return Downloads.attachment(file.document().getFileName(), file.document().getContentType(), file.data());
    }

    @Override
    protected void offerChoices(Caller caller, Model model) {
        model.addAttribute("regions", workflow.openRegions());
        model.addAttribute("kinds", ActivityKind.values());
    }
}
