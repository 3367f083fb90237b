package dev.partnerprogram.web.training;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.EnrollmentState;
import dev.partnerprogram.training.PricingRule;
import dev.partnerprogram.training.TrainingResult;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.training.EnrollmentView;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Training")
class EnrollmentApi {

    /** {@code fundAmount} asks for an exact sum from the University fund; {@code payFromUniversityFund} for as much as allowed. */
    record EnrollmentRequest(String courseCode, String employeeName, String employeeEmail, Long sessionId,
                             Boolean payFromUniversityFund, BigDecimal fundAmount) {}

    record EnrollmentResponse(long id, long partnerId, EnrollmentState state, String stage, String courseCode, String courseTitle,
                              CourseKind courseKind, long sessionId, LocalDate sessionStart, LocalDate sessionEnd, String location,
                              String employeeName, String employeeEmail, PricingRule pricingRule, BigDecimal listPrice,
                              BigDecimal discount, BigDecimal price, boolean paidByQuota, BigDecimal fundContribution,
                              BigDecimal amountDue, TrainingResult result, Integer score, String decisionReason,
                              Instant enrolledAt, Instant updatedAt, List<EnrollmentView.HistoryLine> history) {}

    private final TrainingWorkflow training;
    private final Labels labels;

    EnrollmentApi(TrainingWorkflow training, Labels labels) {
        this.training = training;
        this.labels = labels;
    }

    @PostMapping("/api/enrollments")
    @Creation
    @Operation(summary = "Enrol an employee; the price is decided and a free seat or fund money reserved at once")
    ResponseEntity<EnrollmentResponse> enroll(Caller caller, @RequestBody EnrollmentRequest r) {
        EnrollmentView view = training.enroll(caller, new TrainingWorkflow.EnrollmentRequest(r.courseCode(), r.sessionId(),
                r.employeeName(), r.employeeEmail(), r.payFromUniversityFund(), r.fundAmount()));
        return ResponseEntity.created(URI.create("/api/enrollments/" + view.id())).body(response(view));
    }

    @GetMapping("/api/enrollments")
    @Operation(summary = "Enrolments: a partner's own; all for vendor staff")
    PageResponse<EnrollmentResponse> list(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(training.list(caller, page), this::response);
    }

    @GetMapping("/api/enrollments/{id}")
    @Operation(summary = "One enrolment in a training session")
    EnrollmentResponse get(Caller caller, @PathVariable long id) {
        return response(training.get(caller, id));
    }

    @PostMapping("/api/enrollments/{id}/cancel")
    @Operation(summary = "Cancel before the session starts; the free seat and fund money go back; 409 later")
    EnrollmentResponse cancel(Caller caller, @PathVariable long id) {
        return response(training.cancel(caller, id));
    }

    @GetMapping("/api/sessions/{id}/attendees")
    @Operation(summary = "A session's enrolments, for training staff and the partner that teaches it")
    PageResponse<EnrollmentResponse> attendees(Caller caller, @PathVariable long id, @PageQuery(size = 50) Pageable page) {
        return PageResponse.of(training.attendees(caller, id, page), this::response);
    }

    private EnrollmentResponse response(EnrollmentView v) {
        return new EnrollmentResponse(v.id(), v.partnerId(), v.state(), labels.of("enrollment.state", v.state()), v.courseCode(),
                v.courseTitle(), v.courseKind(), v.sessionId(), v.sessionStart(), v.sessionEnd(), v.location(), v.employeeName(),
                v.employeeEmail(), v.pricingRule(), v.listPrice(), v.discount(), v.price(), v.paidByQuota(), v.fundContribution(),
                v.amountDue(), v.result(), v.score(), v.decisionReason(), v.enrolledAt(), v.updatedAt(), v.history());
    }
}
