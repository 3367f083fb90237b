package dev.partnerprogram.web.agreement;

import dev.partnerprogram.agreement.AccessGrant;
import dev.partnerprogram.agreement.AccessKind;
import dev.partnerprogram.agreement.Agreement;
import dev.partnerprogram.agreement.AgreementDocument;
import dev.partnerprogram.agreement.AgreementEvent;
import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.agreement.AgreementTermination;
import dev.partnerprogram.agreement.RenewalsList;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.api.Download;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
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
@Tag(name = "Agreements")
class AgreementApi {

    record Grant(AccessKind kind, Instant grantedAt, Instant revokedAt) {}

    record Event(Instant at, String actor, AgreementEvent.Action action, String comment) {}

    record AgreementResponse(long id, String number, LocalDate signedAt, LocalDate validFrom, LocalDate validUntil, AgreementState state,
                             String stage, long daysLeft, LocalDate renewBy, LocalDate suspendedOn, LocalDate endedOn,
                             List<Grant> accessGrants, List<Event> history,
                             @Schema(description = "The vendor's termination: for staff while it is asked or approved, for everyone once done")
                             TerminationResponse termination) {}

    record AgreementSummary(long id, String number, AgreementState state, String stage, LocalDate signedAt, LocalDate validFrom,
                            LocalDate validUntil, LocalDate endedOn) {}

    record RenewalDocument(long documentId, String name, long size, String contentType) {}

    record TerminationBody(@Schema(description = "Why the vendor terminates; the partner reads it") String reason,
                           @Schema(description = "The day the agreement ends, today or later") LocalDate effectiveDate) {}

    record TerminationResponse(AgreementTermination.State state, String reason, LocalDate effectiveDate, String requestedBy,
                               Instant requestedAt, String decidedBy, Instant decidedAt, String decisionComment) {}

    record PartnerGrant(long partnerId, AccessKind kind, Instant grantedAt, Instant revokedAt, boolean active) {}

    record RenewalResponse(long partnerId, String companyName, String region, String number, AgreementState state, String stage,
                           LocalDate validUntil,
                           @Schema(description = "The term's last day, or for a suspended agreement the last day a renewal reinstates it")
                           LocalDate renewBy, long daysLeft, boolean renewalUploaded, RenewalsList.Due due) {}

    private final AgreementWorkflow agreements;
    private final Labels labels;
    private final RenewalsTable renewalsTable;

    AgreementApi(AgreementWorkflow agreements, Labels labels, RenewalsTable renewalsTable) {
        this.agreements = agreements;
        this.labels = labels;
        this.renewalsTable = renewalsTable;
    }

    @GetMapping("/api/partners/{id}/agreement")
    @Operation(summary = "The partner's agreement: its term, state, access grants and trail")
    AgreementResponse get(Caller caller, @PathVariable long id) {
        return response(agreements.agreement(caller, id));
    }

    @GetMapping("/api/partners/{id}/agreements")
    @Operation(summary = "Every agreement the partner has had, the current one first: a company that joined again after a "
            + "termination keeps its earlier agreements")
    PageResponse<AgreementSummary> all(Caller caller, @PathVariable long id, @PageQuery Pageable page) {
        return PageResponse.of(agreements.agreements(caller, id, page),
                (Agreement a) -> new AgreementSummary(a.getId(), a.getNumber(), a.getState(), labels.of("agreement.state", a.getState()),
                        a.getSignedOn(), a.getValidFrom(), a.getValidUntil(), a.getEndedOn()));
    }

    @GetMapping("/api/partners/{id}/agreements/{agreementId}")
    @Operation(summary = "One of the partner's agreements, current or earlier, with its access grants and trail")
    AgreementResponse one(Caller caller, @PathVariable long id, @PathVariable long agreementId) {
        return response(agreements.agreement(caller, id, agreementId));
    }

    private AgreementResponse response(AgreementWorkflow.AgreementView view) {
        Agreement a = view.agreement();
        return new AgreementResponse(a.getId(), a.getNumber(), a.getSignedOn(), a.getValidFrom(), a.getValidUntil(), a.getState(),
                labels.of("agreement.state", a.getState()), view.daysLeft(), view.renewalBy(), a.getSuspendedOn(), a.getEndedOn(),
                view.grants().stream().map(g -> new Grant(g.getKind(), g.getGrantedAt(), g.getRevokedAt())).toList(),
                view.history().stream().map(e -> new Event(e.getAt(), e.getActor(), e.getAction(), e.getComment())).toList(),
                view.termination().map(AgreementApi::termination).orElse(null));
    }

    @PostMapping(path = "/api/partners/{id}/agreement/renewal", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The signed renewal (PDF, image or office file); hands it to the reviewers when the renewal is open")
    ResponseEntity<RenewalDocument> renewal(Caller caller, @PathVariable long id,
                                            @RequestParam(name = "file", required = false) MultipartFile file) {
        var upload = Uploads.required(file);
        AgreementDocument d = agreements.uploadRenewal(caller, id, upload.fileName(), upload.data());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new RenewalDocument(d.getId(), d.getFileName(), d.getSizeBytes(), d.getContentType()));
    }

    @PostMapping("/api/partners/{id}/agreement/termination")
    @Operation(summary = "A manager asks to terminate the agreement with a reason and an effective date; a second manager "
            + "approves it in the inbox (four eyes). 400 names a missing reason or date, 409 while another termination is "
            + "asked or approved, or once the agreement is terminated")
    @ApiResponse(responseCode = "202", description = "Asked: waiting for a second manager's approval")
    ResponseEntity<TerminationResponse> terminate(Caller caller, @PathVariable long id, @RequestBody TerminationBody body) {
        AgreementTermination t = agreements.requestTermination(caller, id, body.reason(), body.effectiveDate());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(termination(t));
    }

    @GetMapping("/api/agreements/renewals")
    @Operation(summary = "The renewals to follow, soonest first (managers, partner-managers): due=DUE_60|DUE_30|OVERDUE (due "
            + "within 30 days, no renewal uploaded)|SUSPENDED; none: due within 60 days or suspended")
    PageResponse<RenewalResponse> renewals(Caller caller, @RequestParam(required = false) String due,
                                           @RequestParam(required = false) String region,
                                           @RequestParam(required = false) String company,
                                           @PageQuery Pageable page) {
        return PageResponse.of(agreements.renewals(caller, RenewalsList.Filter.of(due, region, company), page),
                (RenewalsList.Renewal r) -> new RenewalResponse(r.partnerId(), r.companyName(), r.region(), r.number(), r.state(),
                        labels.of("agreement.state", r.state()), r.validUntil(), r.renewBy(), r.daysLeft(), r.renewalUploaded(), r.due()));
    }

    @GetMapping("/api/agreements/renewals.csv")
    @Download("text/csv")
    @Operation(summary = "The renewals list as CSV in the caller's language: ru separated by ';' with a byte-order mark, en by ','")
    ResponseEntity<byte[]> renewalsCsv(Caller caller, @RequestParam(required = false) String due,
                                       @RequestParam(required = false) String region,
                                       @RequestParam(required = false) String company) {
        return renewalsTable.csv(agreements.renewalsExport(caller, RenewalsList.Filter.of(due, region, company)));
    }

    @GetMapping("/api/access-grants")
    @Operation(summary = "Who may use support, the solution repository and the partner portal (active=true: now)")
    PageResponse<PartnerGrant> accessGrants(Caller caller, @RequestParam(required = false) AccessKind kind,
                                            @RequestParam(required = false) Boolean active,
                                            @PageQuery Pageable page) {
        return PageResponse.of(agreements.accessGrants(caller, kind, active, page),
                (AccessGrant g) -> new PartnerGrant(g.getPartnerId(), g.getKind(), g.getGrantedAt(), g.getRevokedAt(), g.isActive()));
    }

    private static TerminationResponse termination(AgreementTermination t) {
        return new TerminationResponse(t.getState(), t.getReason(), t.getEffectiveOn(), t.getRequestedBy(), t.getRequestedAt(),
                t.getDecidedBy(), t.getDecidedAt(), t.getDecisionComment());
    }
}
