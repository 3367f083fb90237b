package dev.partnerprogram.web.handover;

import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverOffer;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.handover.HandoverState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.ProjectHandoverProcess.Answer;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.handover.HandoverView;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Project handovers")
class HandoverApi {

    record HandoverBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String customerName,
                        @NotBlank @Size(max = 100) @Schema(description = "The customer's region: the partners there are proposed")
                        String region,
                        @NotNull HandoverKind kind) {}

    record OfferResponse(long partnerId, String partnerName, int position, HandoverOffer.State state, Instant offeredAt,
                         Instant answerDueAt, Instant answeredAt,
                         @Schema(description = "Why the turn was withdrawn: the partner's agreement was suspended or terminated")
                         String withdrawnReason) {}

    record HandoverResponse(long id, String title, String customerName, String region, HandoverKind kind, HandoverState state,
                            String stage,
                            @Schema(description = "The partner holding the offer now, or the one that took it (for a partner: only itself)")
                            Long partnerId,
                            String partnerName, Instant answerDueAt, Instant createdAt,
                            @Schema(description = "Every proposed partner's turn, in order (managers); a partner sees its own turn")
                            List<OfferResponse> offers) {}

    private final HandoverWorkflow workflow;
    private final Labels labels;

    HandoverApi(HandoverWorkflow workflow, Labels labels) {
        this.workflow = workflow;
        this.labels = labels;
    }

    @PostMapping("/api/handovers")
    @Creation
    @Operation(summary = "Offer a project to the partners of its region in turn (MANAGER); each has the configured working days to answer")
    ResponseEntity<HandoverResponse> offer(Caller caller, @RequestBody HandoverBody body) {
        HandoverView view = workflow.offer(caller, new HandoverRequest(body.title(), body.customerName(), body.region(), body.kind()));
        return ResponseEntity.created(URI.create("/api/handovers/" + view.id())).body(response(view));
    }

    @GetMapping("/api/handovers")
    @Operation(summary = "Handovers: all for managers; those offered to the partner for its users")
    PageResponse<HandoverResponse> list(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(workflow.list(caller, page), this::response);
    }

    @GetMapping("/api/handovers/{id}")
    @Operation(summary = "One handover; for managers with every proposed partner's turn")
    HandoverResponse get(Caller caller, @PathVariable long id) {
        return response(workflow.get(caller, id));
    }

    @PostMapping("/api/handovers/{id}/accept")
    @Operation(summary = "The partner holding the offer takes the project; 409 after its deadline or once taken")
    HandoverResponse accept(Caller caller, @PathVariable long id) {
        return response(workflow.answer(caller, id, Answer.ACCEPT));
    }

    @PostMapping("/api/handovers/{id}/decline")
    @Operation(summary = "The partner holding the offer declines it; the offer moves to the next partner; 409 when it holds none")
    HandoverResponse decline(Caller caller, @PathVariable long id) {
        return response(workflow.answer(caller, id, Answer.DECLINE));
    }

    private HandoverResponse response(HandoverView v) {
        return new HandoverResponse(v.id(), v.title(), v.customerName(), v.region(), v.kind(), v.state(),
                labels.of("handover.state", v.state()), v.partnerId(), v.partnerName(), v.answerDueAt(), v.createdAt(),
                v.offers().stream().map(o -> new OfferResponse(o.partnerId(), o.partnerName(), o.position(), o.state(),
                        o.offeredAt(), o.answerDueAt(), o.answeredAt(), o.withdrawnReason())).toList());
    }
}
