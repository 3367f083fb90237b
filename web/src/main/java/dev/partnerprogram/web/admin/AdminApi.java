package dev.partnerprogram.web.admin;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.RollupRebuild;
import dev.partnerprogram.notification.OutboxAdministration;
import dev.partnerprogram.notification.OutboxMessage;
import dev.partnerprogram.notification.OutboxStatus;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.operations.ProcessOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' operations: the mail outbox, incidents and failed jobs, the dashboards' rollups. */
@RestController
@Tag(name = "Administration")
class AdminApi {

    record OutboxEntry(long id, String template, String recipient, String subject, String body, String language,
                       OutboxStatus status, int attempts, Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError) {
        static OutboxEntry of(OutboxMessage m) {
            return new OutboxEntry(m.getId(), m.getTemplate(), m.getRecipient(), m.getSubject(), m.getBody(), m.getLanguage(),
                    m.getStatus(), m.getAttempts(), m.getCreatedAt(), m.getSentAt(), m.getNextAttemptAt(), m.getLastError());
        }
    }

    private final OutboxAdministration outbox;
    private final ProcessOperations operations;
    private final RollupRebuild rollups;

    AdminApi(OutboxAdministration outbox, ProcessOperations operations, RollupRebuild rollups) {
        this.outbox = outbox;
        this.operations = operations;
        this.rollups = rollups;
    }

    @GetMapping("/api/admin/outbox")
    @Operation(summary = "The mail outbox, optionally by status (ADMIN)")
    PageResponse<OutboxEntry> outbox(@RequestParam(required = false) OutboxStatus status,
                                     @PageQuery Pageable page) {
        return PageResponse.of(outbox.list(status, page), OutboxEntry::of);
    }

    @PostMapping("/api/admin/outbox/{id}/requeue")
    @Operation(summary = "Send an outbox message again (ADMIN)")
    Map<String, Object> requeue(@PathVariable long id) {
        outbox.requeue(id);
        return Map.of("id", id, "status", OutboxStatus.PENDING);
    }

    @GetMapping("/api/admin/incidents")
    @Operation(summary = "Open process incidents (ADMIN)")
    PageResponse<ProcessOperations.IncidentView> incidents(@PageQuery Pageable page) {
        return PageResponse.of(operations.incidents(page), i -> i);
    }

    @GetMapping("/api/admin/jobs/failed")
    @Operation(summary = "Asynchronous process steps that failed (ADMIN)")
    PageResponse<ProcessOperations.FailedJobView> failedJobs(@PageQuery Pageable page) {
        return PageResponse.of(operations.failedJobs(page), j -> j);
    }

    @PostMapping("/api/admin/jobs/{id}/retry")
    @Operation(summary = "Retry a failed asynchronous step of a process (ADMIN)")
    Map<String, String> retry(@PathVariable String id) {
        operations.retry(id);
        return Map.of("id", id, "status", "RETRYING");
    }

    @PostMapping("/api/admin/dashboard-rollups/rebuild")
    @Operation(summary = "Recompute the dashboards' rollups of a range of days from the engine's history (ADMIN); without"
            + " dates, from the first instance to today. Idempotent: rerun it to repair")
    RollupRebuild.Result rebuildRollups(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        if (from == null && to == null) {
            return rollups.rebuildAll();
        }
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate start = DashboardFilter.date(errors, "from", from, null);
        LocalDate end = DashboardFilter.date(errors, "to", to, null);
        if (start == null && errors.stream().noneMatch(e -> e.field().equals("from"))) {
            errors.add(new FieldViolation("from", "error.required"));
        }
        if (end == null && errors.stream().noneMatch(e -> e.field().equals("to"))) {
            errors.add(new FieldViolation("to", "error.required"));
        }
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new FieldViolation("from", "error.period.fromAfterTo"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return rollups.rebuild(start, end);
    }
}
