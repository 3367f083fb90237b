package dev.partnerprogram.web.marketing;

import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventRequest;
import dev.partnerprogram.event.JointEventState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.compensation.CompensationView;
import dev.partnerprogram.workflow.compensation.JointEventView;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Joint events")
class JointEventApi {

    /** Every field is required (docs/api.md): marketing decides on what the partner asks of the vendor. */
    record EventBody(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date, @NotBlank @Size(max = 100) String city,
                     @NotNull EventFormat format, @NotNull @Min(1) Integer expectedAudience,
                     @NotBlank @Size(max = 2000) @Schema(description = "What the partner asks of the vendor: staff, a talk, materials")
                     String vendorRequest) {}

    record EventResponse(long id, long partnerId, String title, LocalDate date, String city, EventFormat format,
                         int expectedAudience, String vendorRequest, JointEventState state, String stage, LocalDate proposedDate,
                         String staffNames, String decisionReason, Instant submittedAt, Instant updatedAt,
                         List<CompensationView.HistoryLine> history) {}

    private final JointEventWorkflow workflow;
    private final Labels labels;

    JointEventApi(JointEventWorkflow workflow, Labels labels) {
        this.workflow = workflow;
        this.labels = labels;
    }

    @PostMapping("/api/events")
    @Creation
    @Operation(summary = "Ask for vendor staff at the partner's event; every field is required; 400 names each missing field, "
            + "and the earliest date when the date is less than the notice ahead")
    ResponseEntity<EventResponse> submit(Caller caller, @RequestBody EventBody body) {
        JointEventView view = workflow.submit(caller, new JointEventRequest(body.title(), body.date(), body.city(), body.format(),
                body.expectedAudience(), body.vendorRequest()));
        return ResponseEntity.created(URI.create("/api/events/" + view.id())).body(response(view));
    }

    @GetMapping("/api/events")
    @Operation(summary = "Joint events: a partner's own; all for staff")
    PageResponse<EventResponse> list(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(workflow.list(caller, page), this::response);
    }

    @GetMapping("/api/events/calendar")
    @Operation(summary = "Approved joint events between two dates (staff)")
    PageResponse<EventResponse> calendar(Caller caller,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @PageQuery(size = 50) Pageable page) {
        return PageResponse.of(workflow.calendar(caller, from, to, page), this::response);
    }

    @GetMapping("/api/events/{id}")
    @Operation(summary = "One joint event with its history")
    EventResponse get(Caller caller, @PathVariable long id) {
        return response(workflow.get(caller, id));
    }

    private EventResponse response(JointEventView v) {
        return new EventResponse(v.id(), v.partnerId(), v.title(), v.date(), v.city(), v.format(), v.expectedAudience(),
                v.vendorRequest(), v.state(), labels.of("joint-event.state", v.state()), v.proposedDate(), v.staffNames(),
                v.decisionReason(), v.submittedAt(), v.updatedAt(), v.history());
    }
}
