package dev.partnerprogram.web.marketing;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.payment.Payment;
import dev.partnerprogram.payment.PaymentKind;
import dev.partnerprogram.payment.PaymentService.ImportResult;
import dev.partnerprogram.payment.PaymentService.NewPayment;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.web.system.page.Uploads;
import dev.partnerprogram.workflow.payment.Payments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Payments partners made to the vendor: the base of the Directum University fund. Administrators only. */
@RestController
@Tag(name = "Administration")
class PaymentApi {

    record PaymentRequest(Long partnerId, String taxId, LocalDate paidOn, BigDecimal amount, PaymentKind kind, String reference) {}

    record PaymentResponse(long id, long partnerId, LocalDate paidOn, BigDecimal amount, PaymentKind kind, String reference,
                           Payment.Source source, String recordedBy, Instant recordedAt) {
        static PaymentResponse of(Payment p) {
            return new PaymentResponse(p.getId(), p.getPartnerId(), p.getPaidOn(), p.getAmount(), p.getKind(), p.getReference(),
                    p.getSource(), p.getRecordedBy(), p.getRecordedAt());
        }
    }

    private final Payments payments;

    PaymentApi(Payments payments) {
        this.payments = payments;
    }

    @PostMapping("/api/admin/payments")
    @Operation(summary = "Record one payment of a partner (ADMIN)")
    @Creation
    ResponseEntity<PaymentResponse> record(Caller caller, @RequestBody PaymentRequest r) {
        Payment payment = payments.record(caller, new NewPayment(r.partnerId(), r.taxId(), r.paidOn(), r.amount(), r.kind(),
                r.reference()));
        return ResponseEntity.created(URI.create("/api/admin/payments/" + payment.getId())).body(PaymentResponse.of(payment));
    }

    @GetMapping("/api/admin/payments")
    @Operation(summary = "Recorded payments, optionally of one partner (ADMIN)")
    PageResponse<PaymentResponse> list(Caller caller, @RequestParam(required = false) Long partnerId,
                                       @PageQuery Pageable page) {
        return PageResponse.of(payments.list(caller, partnerId, page), PaymentResponse::of);
    }

    @PostMapping(path = "/api/admin/payments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV file (taxId;paidOn;amount;kind;reference); any bad line refuses the whole file, "
            + "with errors [{line, field, message}]")
    @ResponseStatus(HttpStatus.CREATED)
    ImportResult importCsv(Caller caller, @RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "error.required");
        }
        return payments.importCsv(caller, Uploads.bytes(file));
    }
}
