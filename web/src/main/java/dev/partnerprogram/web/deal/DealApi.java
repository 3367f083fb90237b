package dev.partnerprogram.web.deal;

import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.deal.DealState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.deal.DealView;
import dev.partnerprogram.workflow.deal.DealWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deals")
class DealApi {

    record DealBody(@NotBlank @Size(max = 200) String customerName,
                    @NotBlank @Pattern(regexp = "\\d{10}|\\d{12}") @Schema(description = "The customer's tax id (INN), 10 or 12 digits")
                    String customerTaxId,
                    @NotBlank @Size(max = 100) String region,
                    @Min(1) Integer expectedLicenses,
                    @NotNull @Schema(description = "Roubles, more than 0, kopecks at most") BigDecimal expectedAmount,
                    @NotNull @Schema(description = "Not in the past") LocalDate expectedCloseDate,
                    @Schema(description = "Sold together with the vendor: a manager approves its individual discount and "
                            + "the revenue split with the registration") Boolean joint) {}

    record WonBody(@NotNull @Schema(description = "Roubles, more than 0, kopecks at most") BigDecimal amount,
                   @NotNull @Schema(description = "The day the deal closed; not in the future") LocalDate closedAt,
                   @Schema(description = "The project's complexity for the tier criteria; MEDIUM when not given")
                   ProjectComplexity complexity) {}

    record LostBody(@NotBlank @Size(max = 2000) String reason) {}

    record RivalResponse(long id, long partnerId, String partnerName, String customerName, String customerTaxId, String region,
                         BigDecimal expectedAmount, DealState state, String stage, LocalDate protectedUntil, Instant registeredAt,
                         @Schema(description = "TAX_ID or NAME: how the two registrations were found to name one customer")
                         String matchedBy) {}

    record DealResponse(long id, long partnerId, String partnerName, String customerName, String customerTaxId, String region,
                        Integer expectedLicenses, BigDecimal expectedAmount, LocalDate expectedCloseDate, DealState state,
                        String stage, LocalDate protectedUntil, boolean extended, String decisionReason, BigDecimal wonAmount,
                        LocalDate closedOn, String lostReason, Long projectId, Instant registeredAt, boolean joint,
                        @Schema(description = "A joint deal's individual discount on licences, percent, once approved")
                        BigDecimal jointDiscount,
                        @Schema(description = "A joint deal's share of the revenue that is the partner's, percent, once approved")
                        BigDecimal partnerShare,
                        @Schema(description = "Other partners' open registrations of the same customer (staff only)")
                        List<RivalResponse> conflicts) {}

    private final DealWorkflow workflow;
    private final Labels labels;

    DealApi(DealWorkflow workflow, Labels labels) {
        this.workflow = workflow;
        this.labels = labels;
    }

    @PostMapping("/api/deals")
    @Creation
    @Operation(summary = "Register a prospective deal (partner); another partner's registration of the same customer makes it "
            + "a CONFLICT for a manager; the partner's own open deal for the same customer: 409")
    ResponseEntity<DealResponse> register(Caller caller, @RequestBody DealBody body) {
        DealView view = workflow.register(caller, new DealRequest(body.customerName(), body.customerTaxId(), body.region(),
                body.expectedLicenses(), body.expectedAmount(), body.expectedCloseDate(), Boolean.TRUE.equals(body.joint())));
        return ResponseEntity.created(URI.create("/api/deals/" + view.id())).body(response(view));
    }

    @GetMapping("/api/deals")
    @Operation(summary = "Deals: a partner's own; all for staff, conflicts first")
    PageResponse<DealResponse> list(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(workflow.list(caller, page), this::response);
    }

    @GetMapping("/api/deals/{id}")
    @Operation(summary = "One deal; for staff with the other registrations of its customer")
    DealResponse get(Caller caller, @PathVariable long id) {
        return response(workflow.get(caller, id));
    }

    @PostMapping("/api/deals/{id}/won")
    @Operation(summary = "The partner won its protected deal: the amount becomes its revenue and the customer a project")
    DealResponse won(Caller caller, @PathVariable long id, @RequestBody WonBody body) {
        return response(workflow.won(caller, id, body.amount(), body.closedAt(), body.complexity()));
    }

    @PostMapping("/api/deals/{id}/lost")
    @Operation(summary = "The partner lost its protected deal, with the reason")
    DealResponse lost(Caller caller, @PathVariable long id, @RequestBody LostBody body) {
        return response(workflow.lost(caller, id, body.reason()));
    }

    @PostMapping("/api/deals/{id}/extension")
    @Operation(summary = "The one extension of a protected deal's protection; a second one: 409")
    DealResponse extend(Caller caller, @PathVariable long id) {
        return response(workflow.extend(caller, id));
    }

    private DealResponse response(DealView v) {
        List<RivalResponse> rivals = v.rivals().stream().map(r -> new RivalResponse(r.id(), r.partnerId(), r.partnerName(),
                r.customerName(), r.customerTaxId(), r.region(), r.expectedAmount(), r.state(), labels.of("deal.state", r.state()),
                r.protectedUntil(), r.registeredAt(), r.matchedBy().name())).toList();
        return new DealResponse(v.id(), v.partnerId(), v.partnerName(), v.customerName(), v.customerTaxId(), v.region(),
                v.expectedLicenses(), v.expectedAmount(), v.expectedCloseDate(), v.state(), labels.of("deal.state", v.state()),
                v.protectedUntil(), v.extended(), v.decisionReason(), v.wonAmount(), v.closedOn(), v.lostReason(), v.projectId(),
                v.registeredAt(), v.joint(), v.jointDiscount(), v.partnerShare(), rivals);
    }
}
