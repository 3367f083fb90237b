package dev.partnerprogram.web.certification;

import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.certification.ExamState;
import dev.partnerprogram.certification.SpecialistCertificate;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.Download;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.certification.CertificationView;
import dev.partnerprogram.workflow.certification.CertificationWorkflow;
import dev.partnerprogram.workflow.certification.SpecialistView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Certification")
class CertificationApi {

    record CertificationRequest(@NotBlank @Size(max = 200) String employeeName,
                                @NotBlank @Email @Size(max = 200) String employeeEmail, @NotNull CertificationTrack track) {}

    record CertificationResponse(long id, long partnerId, ExamState state, String stage, SpecialistView.Person specialist,
                                 CertificationTrack track, LocalDate examDate, Integer score, Integer passMark,
                                 String decisionReason, String certificateNumber, LocalDate validUntil,
                                 SpecialistCertificate.State certificateState, Instant requestedAt, Instant updatedAt,
                                 List<CertificationView.HistoryLine> history) {}

    private final CertificationWorkflow certification;
    private final Labels labels;

    CertificationApi(CertificationWorkflow certification, Labels labels) {
        this.certification = certification;
        this.labels = labels;
    }

    @PostMapping("/api/certifications")
    @Creation
    @Operation(summary = "Register a specialist for an exam in a track")
    ResponseEntity<CertificationResponse> register(Caller caller, @RequestBody CertificationRequest r) {
        CertificationView view = certification.register(caller, r.employeeName(), r.employeeEmail(), r.track());
        return ResponseEntity.created(URI.create("/api/certifications/" + view.id())).body(response(view));
    }

    @GetMapping("/api/certifications")
    @Operation(summary = "Exams: a partner's specialists'; all for staff")
    PageResponse<CertificationResponse> list(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(certification.list(caller, page), this::response);
    }

    @GetMapping("/api/certifications/{id}")
    @Operation(summary = "An exam; includes the certificate's number and validUntil once passed")
    CertificationResponse get(Caller caller, @PathVariable long id) {
        return response(certification.get(caller, id));
    }

    @GetMapping("/api/certifications/{id}/certificate")
    @Download(MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The specialist's personal certificate as PDF")
    ResponseEntity<byte[]> certificate(Caller caller, @PathVariable long id) {
        var certificate = certification.certificate(caller, id);
        return Downloads.pdf("certificate-" + certificate.number() + ".pdf", certificate.pdf());
    }

    @GetMapping("/api/specialists")
    @Operation(summary = "A partner's specialists and their certificates; staff pass partnerId")
    PageResponse<SpecialistView> specialists(Caller caller, @RequestParam(required = false) Long partnerId,
                                             @PageQuery Pageable page) {
        return PageResponse.of(certification.specialists(caller, partnerId, page), s -> s);
    }

    @PostMapping("/api/specialists/{id}/leave")
    @Operation(summary = "The specialist left the company: the certificates no longer count for it")
    SpecialistView leave(Caller caller, @PathVariable long id) {
        return certification.leave(caller, id);
    }

    private CertificationResponse response(CertificationView v) {
        return new CertificationResponse(v.id(), v.partnerId(), v.state(), labels.of("certification.state", v.state()),
                v.specialist(), v.track(), v.examDate(), v.score(), v.passMark(), v.decisionReason(), v.certificateNumber(),
                v.validUntil(), v.certificateState(), v.requestedAt(), v.updatedAt(), v.history());
    }
}
