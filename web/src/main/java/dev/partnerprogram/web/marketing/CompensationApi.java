package dev.partnerprogram.web.marketing;

import dev.partnerprogram.compensation.ActivityKind;
import dev.partnerprogram.compensation.ClaimInput;
import dev.partnerprogram.compensation.CompensationDocument;
import dev.partnerprogram.compensation.CompensationRequest;
import dev.partnerprogram.compensation.CompensationState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.Download;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.compensation.BudgetSummary;
import dev.partnerprogram.workflow.compensation.CompensationView;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Marketing compensation")
class CompensationApi {

    @Schema(example = """
            {"title": "Семинар для заказчиков", "kind": "EVENT", "region": "Казань", "plannedStart": "2027-03-10",
             "plannedEnd": "2027-03-10", "plannedBudget": 100000.00, "expectedAudience": 40, "expectedLeads": 10,
             "description": "Показ Directum RX руководителям"}""")
    record CompensationRequestBody(@NotBlank @Size(max = 200) String title, @NotNull ActivityKind kind,
                                   @NotBlank @Size(max = 100) String region, @NotNull LocalDate plannedStart,
                                   @NotNull LocalDate plannedEnd, @NotNull @Positive BigDecimal plannedBudget,
                                   @Positive BigDecimal requestedAmount, @PositiveOrZero Integer expectedAudience,
                                   @PositiveOrZero Integer expectedLeads, @Size(max = 4000) String description) {
        CompensationRequest request() {
            return new CompensationRequest(title, kind, region, plannedStart, plannedEnd, plannedBudget, requestedAmount,
                    expectedAudience, expectedLeads, description);
        }
    }

    @Schema(example = """
            {"actualExpenses": [{"description": "Аренда зала", "amount": 30000.00},
             {"description": "Кофе-брейк", "amount": 12000.00}],
             "results": "Пришли 35 человек, 8 заявок", "actualAudience": 35, "actualLeads": 8}""")
    record ClaimBody(@NotEmpty List<ClaimInput.Expense> actualExpenses, @NotBlank @Size(max = 4000) String results,
                     @PositiveOrZero Integer actualAudience, @PositiveOrZero Integer actualLeads) {}

    /** {@link CompensationView} with {@code stage} and the top-level {@code approvedAmount} that docs/api.md promises. */
    record CompensationResponse(long id, long partnerId, long budgetId, String title, ActivityKind kind, String region,
                                LocalDate plannedStart, LocalDate plannedEnd, BigDecimal plannedBudget, BigDecimal requestedAmount,
                                BigDecimal approvedAmount, Integer expectedAudience, Integer expectedLeads, String description,
                                CompensationState state, String stage, CompensationView.Amounts amounts,
                                boolean managerApprovalRequired, String firstApprover, String secondApprover,
                                String decisionReason, LocalDate claimDueOn, Long daysToClaimDeadline,
                                java.time.Instant claimSubmittedAt, String results, Integer actualAudience, Integer actualLeads,
                                LocalDate paymentDate, String paymentDocument, java.time.Instant submittedAt,
                                java.time.Instant updatedAt, List<CompensationView.Line> lines,
                                List<CompensationView.DocumentView> documents, List<CompensationView.HistoryLine> history) {}

    record BudgetBody(String region, Integer year, Integer quarter, BigDecimal amount) {}

    record AllocationBody(BigDecimal amount, Long partnerId, String note) {}

    private final CompensationWorkflow workflow;
    private final Labels labels;

    CompensationApi(CompensationWorkflow workflow, Labels labels) {
        this.workflow = workflow;
        this.labels = labels;
    }

    @PostMapping("/api/compensations")
    @Creation
    @Operation(summary = "Ask for pre-approval of a planned promotion activity; requestedAmount defaults to the full share of plannedBudget")
    ResponseEntity<CompensationResponse> submit(Caller caller, @RequestBody CompensationRequestBody body) {
        CompensationView view = workflow.submit(caller, body.request());
        return ResponseEntity.created(URI.create("/api/compensations/" + view.id())).body(response(view));
    }

    @GetMapping("/api/compensations")
    @Operation(summary = "Compensations: a partner's own; all for staff (filter by state or budget)")
    PageResponse<CompensationResponse> list(Caller caller, @PageQuery Pageable page,
                                            @RequestParam(required = false) Set<CompensationState> state,
                                            @RequestParam(required = false) Long budgetId) {
        return PageResponse.of(workflow.list(caller, state, budgetId, page), this::response);
    }

    @GetMapping("/api/compensations/{id}")
    @Operation(summary = "One compensation with its amounts, documents and history")
    CompensationResponse get(Caller caller, @PathVariable long id) {
        return response(workflow.get(caller, id));
    }

    @PostMapping("/api/compensations/{id}/cancel")
    @Operation(summary = "Cancel before the activity starts; the reservation is released; 409 afterwards")
    CompensationResponse cancel(Caller caller, @PathVariable long id) {
        return response(workflow.cancel(caller, id));
    }

    @PostMapping(path = "/api/compensations/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Creation
    @Operation(summary = "Attach a proof document to the claim: kind INVOICE, PHOTO, REPORT, ATTENDEES, LEADS or OTHER")
    ResponseEntity<CompensationView.DocumentView> upload(Caller caller, @PathVariable long id,
                                                         @RequestParam(name = "file", required = false) MultipartFile file,
                                                         @RequestParam(required = false) CompensationDocument.Kind kind) {
        var upload = Uploads.required(file);
        var document = workflow.upload(caller, id, new CompensationWorkflow.Upload(upload.fileName(), upload.data(), kind));
        return ResponseEntity.created(URI.create("/api/compensations/" + id + "/documents/" + document.documentId())).body(document);
    }

    @GetMapping("/api/compensations/{id}/documents/{documentId}")
    @Download("*/*")
    @Operation(summary = "Download a proof document of a compensation")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable long id, @PathVariable long documentId) {
        var file = workflow.download(caller, id, documentId);
        return Downloads.attachment(file.document().getFileName(), file.document().getContentType(), file.data());
    }

    @PostMapping(path = "/api/compensations/{id}/claim", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "After the activity: actual expenses line by line and results; attach documents first (…/documents)")
    CompensationResponse claim(Caller caller, @PathVariable long id, @RequestBody ClaimBody body) {
        return response(workflow.claim(caller, id, claimInput(body), List.of()));
    }

    /** The same claim with its proof documents in one request: all stored, or none. */
    @PostMapping(path = "/api/compensations/{id}/claim", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The claim with its documents in one request: part 'claim' (JSON as above), parts 'files', optional 'kind'")
    CompensationResponse claimWithDocuments(Caller caller, @PathVariable long id, @RequestPart("claim") ClaimBody body,
                                            @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                            @RequestParam(required = false) CompensationDocument.Kind kind) {
        List<CompensationWorkflow.Upload> uploads = (files == null ? List.<MultipartFile>of() : files).stream()
                .map(f -> new CompensationWorkflow.Upload(f.getOriginalFilename(), Uploads.bytes(f), kind)).toList();
        return response(workflow.claim(caller, id, claimInput(body), uploads));
    }

    @GetMapping("/api/budgets")
    @Operation(summary = "Marketing budgets per region and period with allocated, reserved, paid and available (staff)")
    PageResponse<BudgetSummary> budgets(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(workflow.budgets(caller, page), b -> b);
    }

    @PostMapping("/api/budgets")
    @Creation
    @Operation(summary = "Create a region's budget for a year (no quarter) or a quarter (MANAGER)")
    ResponseEntity<BudgetSummary> createBudget(Caller caller, @RequestBody BudgetBody body) {
        BudgetSummary budget = workflow.createBudget(caller, body.region(), body.year(), body.quarter(), body.amount());
        return ResponseEntity.created(URI.create("/api/budgets/" + budget.id())).body(budget);
    }

    @GetMapping("/api/budgets/{id}")
    @Operation(summary = "One marketing budget with allocated, reserved, paid and available (staff)")
    BudgetSummary budget(Caller caller, @PathVariable long id) {
        return workflow.budget(caller, id);
    }

    @PostMapping("/api/budgets/{id}/allocation")
    @Operation(summary = "Set the budget's total, or with partnerId a partner's cap within it (MANAGER); appended to the ledger")
    BudgetSummary allocate(Caller caller, @PathVariable long id, @RequestBody AllocationBody body) {
        return workflow.setAllocation(caller, id, body.partnerId(), body.amount(), body.note());
    }

    @GetMapping("/api/budgets/{id}/ledger")
    @Operation(summary = "The budget's ledger entries, newest first (staff)")
    PageResponse<CompensationWorkflow.LedgerLine> ledger(Caller caller, @PathVariable long id,
                                                         @PageQuery Pageable page) {
        return PageResponse.of(workflow.ledger(caller, id, page), l -> l);
    }

    @GetMapping("/api/budgets/regions")
    @Operation(summary = "Regions with an open budget: the choices for a pre-approval")
    List<String> regions() {
        return workflow.openRegions();
    }

    static ClaimInput claimInput(ClaimBody body) {
        return new ClaimInput(body.actualExpenses(), body.results(), body.actualAudience(), body.actualLeads());
    }

    private CompensationResponse response(CompensationView v) {
        return new CompensationResponse(v.id(), v.partnerId(), v.budgetId(), v.title(), v.kind(), v.region(), v.plannedStart(),
                v.plannedEnd(), v.plannedBudget(), v.amounts().requested(), v.amounts().approved(), v.expectedAudience(),
                v.expectedLeads(), v.description(), v.state(), labels.of("compensation.state", v.state()), v.amounts(),
                v.managerApprovalRequired(), v.firstApprover(), v.secondApprover(), v.decisionReason(), v.claimDueOn(),
                v.daysToClaimDeadline(), v.claimSubmittedAt(), v.results(), v.actualAudience(), v.actualLeads(), v.paymentDate(),
                v.paymentDocument(), v.submittedAt(), v.updatedAt(), v.lines(), v.documents(), v.history());
    }
}
