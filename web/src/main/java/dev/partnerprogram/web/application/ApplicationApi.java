package dev.partnerprogram.web.application;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.certification.DesignationService.Evidence;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.Download;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.application.ApplicationView;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.certification.DesignationWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Status applications")
class ApplicationApi {

    /**
     * For AUTHORIZED the company's details; for TRAINING_CENTER ({@code platform}, {@code courses}) and DEVELOPER_PARTNER
     * ({@code solutions} one per line, {@code supportArrangements}) the evidence of the designation. The constraints
     * state the domain's checks for the OpenAPI document and are not run here (no {@code @Valid}): the domain checks every
     * field at once, so one answer names every broken rule, by code.
     */
    @Schema(description = "Required for AUTHORIZED: companyName, region, contactName, contactEmail, contactPhone, activities "
            + "and teamSize", example = """
            {"requestedStatus": "AUTHORIZED", "companyName": "ООО «Альфа Софт»", "region": "Казань",
             "website": "https://alfa.example", "contactName": "Анна Петрова", "contactEmail": "anna@alfa.example",
             "contactPhone": "+7 843 000-00-00", "activities": ["RESALE", "IMPLEMENTATION"], "teamSize": 7,
             "description": "Продажи и внедрение"}""")
    record ApplicationRequest(@NotNull RequestedStatus requestedStatus, @Size(max = 200) String companyName,
                              @Size(max = 100) String region, @Size(max = 200) String website,
                              @Size(max = 200) String contactName, @Email @Size(max = 200) String contactEmail,
                              @Size(max = 30) String contactPhone, Set<PlannedActivity> activities,
                              @Min(1) @Max(100_000) Integer teamSize, @Size(max = 4000) String description, String platform,
                              List<String> courses, String solutions, String supportArrangements) {
        ApplicationDetails details() {
            return new ApplicationDetails(companyName, region, website, contactName, contactEmail, contactPhone,
                    activities == null ? EnumSet.noneOf(PlannedActivity.class) : activities, teamSize, description);
        }
    }

    record ApplicationResponse(long id, long partnerId, RequestedStatus requestedStatus, ApplicationState state, String stage,
                               String companyName, String region, String website, String contactName, String contactEmail,
                               String contactPhone, Set<PlannedActivity> activities, Integer teamSize, String description,
                               String decisionReason, boolean reviewOverdue, Instant submittedAt, Instant decidedAt,
                               Instant updatedAt, String processInstanceId, List<ApplicationView.HistoryLine> history,
                               List<ApplicationView.DocumentView> documents) {}

    private final ApplicationWorkflow workflow;
    private final DesignationWorkflow designations;
    private final Labels labels;

    ApplicationApi(ApplicationWorkflow workflow, DesignationWorkflow designations, Labels labels) {
        this.workflow = workflow;
        this.designations = designations;
        this.labels = labels;
    }

    @PostMapping("/api/applications")
    @Creation
    @Operation(summary = "Apply for a status; starts the matching process")
    ResponseEntity<ApplicationResponse> submit(Caller caller, @RequestBody ApplicationRequest request) {
        ApplicationView view;
        if (request.requestedStatus() != null && request.requestedStatus().isDesignation()) {
            long id = designations.submit(caller, request.requestedStatus(), new Evidence(request.platform(),
                    request.courses(), request.solutions(), request.supportArrangements()));
            view = workflow.get(caller, id);
        } else {
            view = workflow.submit(caller, request.requestedStatus(), request.details());
        }
        return ResponseEntity.created(URI.create("/api/applications/" + view.id())).body(response(view));
    }

    @GetMapping("/api/applications")
    @Operation(summary = "Applications: a partner's own; all for reviewers and managers")
    PageResponse<ApplicationResponse> list(Caller caller, @PageQuery Pageable page,
                                           @RequestParam(required = false) Set<ApplicationState> state) {
        return PageResponse.of(workflow.list(caller, state, page), this::response);
    }

    @GetMapping("/api/applications/{id}")
    @Operation(summary = "One application with its history and documents")
    ApplicationResponse get(Caller caller, @PathVariable long id) {
        return response(workflow.get(caller, id));
    }

    @PostMapping("/api/applications/{id}/withdraw")
    @Operation(summary = "Withdraw an application; 409 once decided")
    ApplicationResponse withdraw(Caller caller, @PathVariable long id) {
        return response(workflow.withdraw(caller, id));
    }

    @PostMapping(path = "/api/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Creation
    @Operation(summary = "Attach a document (PDF, image or office file); kind AGREEMENT for the signed agreement")
    ResponseEntity<ApplicationView.DocumentView> upload(Caller caller, @PathVariable long id,
                                                        @RequestParam(name = "file", required = false) MultipartFile file,
                                                        @RequestParam(required = false) DocumentKind kind) {
        var upload = Uploads.required(file);
        var document = workflow.upload(caller, id, kind, upload.fileName(), upload.data());
        return ResponseEntity.created(URI.create("/api/applications/" + id + "/documents/" + document.documentId())).body(document);
    }

    @GetMapping("/api/applications/{id}/documents/{documentId}")
    @Download("*/*")
    @Operation(summary = "Download a document of an application")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable long id, @PathVariable long documentId) {
        var file = workflow.download(caller, id, documentId);
        return Downloads.attachment(file.document().getFileName(), file.document().getContentType(), file.data());
    }

    @GetMapping("/api/applications/{id}/requirements")
    @Operation(summary = "A designation application's evidence and the rules' report, requirement by requirement")
    DesignationWorkflow.RequirementsView requirements(Caller caller, @PathVariable long id) {
        return designations.requirements(caller, id);
    }

    private ApplicationResponse response(ApplicationView v) {
        var d = v.details();
        return new ApplicationResponse(v.id(), v.partnerId(), v.requestedStatus(), v.state(), labels.stage(v.state()),
                d.companyName(), d.region(), d.website(), d.contactName(), d.contactEmail(), d.contactPhone(), d.activities(),
                d.teamSize(), d.description(), v.decisionReason(), v.reviewOverdue(), v.submittedAt(), v.decidedAt(),
                v.updatedAt(), v.processInstanceId(), v.history(), v.documents());
    }
}
