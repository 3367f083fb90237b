package dev.partnerprogram.workflow.operations;

import dev.partnerprogram.workflow.engine.EngineIds;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** What administrators need instead of Cockpit: incidents, failed jobs and a way to retry them. */
@Service
public class ProcessOperations {

    public record IncidentView(String id, String type, String message, String activityId, String processInstanceId,
                               String processDefinitionId, String jobId, Instant at) {}

    public record FailedJobView(String id, String processInstanceId, String activityId, int retries, String exceptionMessage,
                                Instant dueDate) {}

    public record Counts(long runningInstances, long incidents, long failedJobs) {}

    private final ManagementService management;
    private final RuntimeService runtime;

    public ProcessOperations(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    public Counts counts() {
        return new Counts(runtime.createProcessInstanceQuery().count(),
                runtime.createIncidentQuery().count(),
                management.createJobQuery().noRetriesLeft().count());
    }

    public Page<IncidentView> incidents(Pageable pageable) {
        var query = runtime.createIncidentQuery().orderByIncidentTimestamp().desc();
        long total = query.count();
        List<IncidentView> items = query.listPage((int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(i -> new IncidentView(i.getId(), i.getIncidentType(), i.getIncidentMessage(), i.getActivityId(),
                        i.getProcessInstanceId(), i.getProcessDefinitionId(), i.getConfiguration(), i.getIncidentTimestamp().toInstant()))
                .toList();
        return new PageImpl<>(items, pageable, total);
    }

    public Page<FailedJobView> failedJobs(Pageable pageable) {
        var query = management.createJobQuery().withException().orderByJobDuedate().asc();
        long total = query.count();
        List<FailedJobView> items = query.listPage((int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(ProcessOperations::view).toList();
        return new PageImpl<>(items, pageable, total);
    }

    public String stacktrace(String jobId) {
        return management.getJobExceptionStacktrace(job(jobId).getId());
    }

    /**
     * Gives a failed job one more try, now: its due date (a minute after the last failure, by the retry cycle) becomes
     * the present, so the job executor takes it at once. The incident resolves itself when the job succeeds.
     */
    public void retry(String jobId) {
        retryNow(job(jobId).getId());
    }

    public int retryAllFailed() {
        List<Job> failed = management.createJobQuery().noRetriesLeft().list();
        failed.forEach(j -> retryNow(j.getId()));
        return failed.size();
    }

    private void retryNow(String jobId) {
        // No due date given means "now" where every job has one (EngineIndexesPlugin: acquisition goes by due date
        // and never takes a job without one), so the engine stores its current time.
        management.setJobRetries(1).jobId(jobId).dueDate(null).execute();
    }

    private Job job(String jobId) {
        return EngineIds.existing(jobId, "notFound.job", id -> management.createJobQuery().jobId(id).singleResult());
    }

    private static FailedJobView view(Job j) {
        // The job's failed activity is stored with it; JobEntity.getActivityId() would look up its job definition
        // through the engine's command context, which a query's result no longer has (a NullPointerException, a 500).
        return new FailedJobView(j.getId(), j.getProcessInstanceId(), j.getFailedActivityId(), j.getRetries(), j.getExceptionMessage(),
                j.getDuedate() == null ? null : j.getDuedate().toInstant());
    }
}
