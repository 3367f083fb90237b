package dev.partnerprogram.web.tier;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.Consultation;
import dev.partnerprogram.partner.ConsultationService.NewConsultation;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.LicenceRequest;
import dev.partnerprogram.partner.LicenceService.NewRequest;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.upgrade.TierFacade;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Counted benefits in use (free consultations, free licences) and the discount calculator for a quote. */
@RestController
@Tag(name = "Partners and benefits")
class BenefitUsageApi {

    record ConsultationRequest(LocalDate consultedOn, Integer hours, String topic) {}

    record ConsultationResponse(long id, long partnerId, LocalDate consultedOn, int hours, String topic, String loggedBy,
                                Instant loggedAt) {
        static ConsultationResponse of(Consultation c) {
            return new ConsultationResponse(c.getId(), c.getPartnerId(), c.getConsultedOn(), c.getHours(), c.getTopic(),
                    c.getLoggedBy(), c.getLoggedAt());
        }
    }

    record LicenceRequestBody(Integer quantity, String purpose) {}

    record LicenceDecisionBody(TierFacade.LicenceDecision decision, String comment) {}

    record LicenceResponse(long id, long partnerId, int quantity, String purpose, LicenceRequest.State state, String requestedBy,
                           Instant requestedAt, String decidedBy, Instant decidedAt, String decisionComment) {
        static LicenceResponse of(LicenceRequest r) {
            return new LicenceResponse(r.getId(), r.getPartnerId(), r.getQuantity(), r.getPurpose(), r.getState(), r.getRequestedBy(),
                    r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionComment());
        }
    }

    record QuoteRequest(List<DiscountCalculator.Line> lines,
                        @Schema(description = "A joint deal of the partner whose individual discount a manager approved: "
                                + "its licence lines are priced at that discount") Long jointDealId) {}

    private final TierFacade tier;

    BenefitUsageApi(TierFacade tier) {
        this.tier = tier;
    }

    @PostMapping("/api/partners/{id}/consultations")
    @Creation
    @Operation(summary = "A reviewer logs a free consultation; 409 once the month's hours are used up")
    ResponseEntity<ConsultationResponse> logConsultation(Caller caller, @PathVariable long id, @RequestBody ConsultationRequest r) {
        Consultation c = tier.logConsultation(caller, id, new NewConsultation(r.consultedOn(), r.hours(), r.topic()));
        return ResponseEntity.created(URI.create("/api/partners/" + id + "/consultations")).body(ConsultationResponse.of(c));
    }

    @GetMapping("/api/partners/{id}/consultations")
    @Operation(summary = "The free consultations logged for a partner, newest first")
    PageResponse<ConsultationResponse> consultations(Caller caller, @PathVariable long id, @PageQuery Pageable page) {
        return PageResponse.of(tier.consultations(caller, id, page), ConsultationResponse::of);
    }

    @PostMapping("/api/partners/{id}/licence-requests")
    @Creation
    @Operation(summary = "The partner requests free licences for internal use; 409 beyond what is left this partner year")
    ResponseEntity<LicenceResponse> requestLicences(Caller caller, @PathVariable long id, @RequestBody LicenceRequestBody r) {
        LicenceRequest request = tier.requestLicences(caller, id, new NewRequest(r.quantity(), r.purpose()));
        return ResponseEntity.created(URI.create("/api/licence-requests/" + request.getId())).body(LicenceResponse.of(request));
    }

    @GetMapping("/api/partners/{id}/licence-requests")
    @Operation(summary = "A partner's requests for free licences, newest first")
    PageResponse<LicenceResponse> partnerLicences(Caller caller, @PathVariable long id, @PageQuery Pageable page) {
        return PageResponse.of(tier.licenceRequests(caller, id, page), LicenceResponse::of);
    }

    @GetMapping("/api/licence-requests")
    @Operation(summary = "Licence requests waiting for staff, oldest first")
    PageResponse<LicenceResponse> openLicences(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(tier.openLicenceRequests(caller, page), LicenceResponse::of);
    }

    @PostMapping("/api/licence-requests/{id}/decision")
    @Operation(summary = "Staff issue the licences or reject the request with a reason (the licences go back to the quota)")
    LicenceResponse decideLicences(Caller caller, @PathVariable long id, @RequestBody LicenceDecisionBody r) {
        return LicenceResponse.of(tier.decideLicences(caller, null, id, r.decision(), r.comment()));
    }

    @PostMapping("/api/partners/{id}/quote")
    @Operation(summary = "Discount calculator: each line's list price less the partner's discount of its kind, as the rules stand today; "
            + "for a joint deal its licences at the approved individual discount (409 unless the deal is joint and approved)")
    DiscountCalculator.Quote quote(Caller caller, @PathVariable long id, @RequestBody QuoteRequest r) {
        return tier.quote(caller, id, r.lines(), r.jointDealId());
    }
}
