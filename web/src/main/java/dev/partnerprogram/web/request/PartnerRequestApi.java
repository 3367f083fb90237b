package dev.partnerprogram.web.request;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.request.NewPartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestState;
import dev.partnerprogram.request.VendorEvent;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.request.PartnerRequestView;
import dev.partnerprogram.workflow.request.PartnerRequestView.SolutionView;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partner requests")
class PartnerRequestApi {

    record PartnerRequestBody(@NotNull PartnerRequestKind kind,
                        @Schema(description = "SOLUTION_SALE: a solution of GET /api/solutions") Long solutionId,
                        @Size(max = 200) @Schema(description = "SOLUTION_SALE: the customer the solution is sold to") String customerName,
                        @Schema(description = "VENDOR_EVENT: which event") VendorEvent event,
                        @Schema(description = "VENDOR_EVENT: participant or co-organiser") VendorEvent.Role eventRole,
                        @Min(1) @Max(24) @Schema(description = "CONSULTATION: the hours asked; they must fit the month's hours left")
                        Integer hours,
                        @NotBlank @Size(max = 2000) @Schema(description = "What the request is about") String details) {}

    record PartnerRequestResponse(long id, long partnerId, String partnerName, PartnerRequestKind kind, PartnerRequestState state,
                           String stage, Long solutionId, String solutionName, String customerName, VendorEvent event,
                           VendorEvent.Role eventRole, Integer hours, String details,
                           @Schema(description = "The group the routing table sent the request to") String answerGroup,
                           @Schema(description = "By when the group answers (its working days from the request)") Instant dueAt,
                           String answer,
                           @Schema(description = "CONSULTATION once held: the consultation counted against the month's hours")
                           Long consultationId,
                           Instant answeredAt, Instant createdAt) {}

    record SolutionBody(@NotBlank @Size(max = 200) String name,
                        @Schema(description = "false takes the solution off the partners' list (PUT only)") Boolean active) {}

    record SolutionResponse(long id, String name, boolean active) {}

    private final PartnerRequestWorkflow workflow;
    private final Labels labels;

    PartnerRequestApi(PartnerRequestWorkflow workflow, Labels labels) {
        this.workflow = workflow;
        this.labels = labels;
    }

    @PostMapping("/api/partner-requests")
    @Creation
    @Operation(summary = "Make a request (partner): solution-sale help, marketing materials, a consultation or a vendor event; "
            + "routed to its group with a deadline; 403 when the tier has no materials, 409 when the month's hours are used up")
    ResponseEntity<PartnerRequestResponse> submit(Caller caller, @RequestBody PartnerRequestBody body) {
        PartnerRequestView view = workflow.submit(caller, new NewPartnerRequest(body.kind(), body.solutionId(), body.customerName(),
                body.event(), body.eventRole(), body.hours(), body.details()));
        return ResponseEntity.created(URI.create("/api/partner-requests/" + view.id())).body(response(view));
    }

    @GetMapping("/api/partner-requests")
    @Operation(summary = "Requests: the company's own for a partner's users; all for staff, of one kind if asked")
    PageResponse<PartnerRequestResponse> list(Caller caller, @RequestParam(required = false) PartnerRequestKind kind,
                                       @PageQuery Pageable page) {
        return PageResponse.of(workflow.list(caller, kind, page), this::response);
    }

    @GetMapping("/api/partner-requests/{id}")
    @Operation(summary = "One request; another company's is not found")
    PartnerRequestResponse get(Caller caller, @PathVariable long id) {
        return response(workflow.get(caller, id));
    }

    @GetMapping("/api/solutions")
    @Operation(summary = "The vendor's solutions that solution-sale help is asked for; administrators also see those taken off")
    List<SolutionResponse> solutions(Caller caller) {
        return workflow.solutions(caller).stream().map(PartnerRequestApi::solution).toList();
    }

    @PostMapping("/api/solutions")
    @Creation
    @Operation(summary = "Add a solution to the list (ADMIN); a name already there: 409")
    ResponseEntity<SolutionResponse> addSolution(Caller caller, @RequestBody SolutionBody body) {
        SolutionView view = workflow.addSolution(caller, body.name());
        return ResponseEntity.created(URI.create("/api/solutions/" + view.id())).body(solution(view));
    }

    @PutMapping("/api/solutions/{id}")
    @Operation(summary = "Rename a solution or take it off the list (ADMIN)")
    SolutionResponse changeSolution(Caller caller, @PathVariable long id, @RequestBody SolutionBody body) {
        return solution(workflow.changeSolution(caller, id, body.name(), body.active() == null || body.active()));
    }

    private static SolutionResponse solution(SolutionView s) {
        return new SolutionResponse(s.id(), s.name(), s.active());
    }

    private PartnerRequestResponse response(PartnerRequestView v) {
        return new PartnerRequestResponse(v.id(), v.partnerId(), v.partnerName(), v.kind(), v.state(), labels.of("request.state", v.state()),
                v.solutionId(), v.solutionName(), v.customerName(), v.event(), v.eventRole(), v.hours(), v.details(), v.answerGroup(),
                v.dueAt(), v.answer(), v.consultationId(), v.answeredAt(), v.createdAt());
    }
}
