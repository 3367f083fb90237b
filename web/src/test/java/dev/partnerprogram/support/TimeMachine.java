package dev.partnerprogram.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.processes.AgreementTerminationProcess;
import dev.partnerprogram.processes.FreeTrainingSeatsProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerYearProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Lets months pass for one partner: moves the application's clock forward and, on the way, runs each timer of the
 * partner's year (quarter starts, the yearly review, the year's end) and of its free training seats when it falls due,
 * in the order they are due, and, when asked for ({@link #withAgreement()}), those of its agreement. The engine's own job
 * executor never sees them due: they lie in the real future.
 */
public final class TimeMachine {

    /** A timer that fell due and ran: of which process, which one, and the moment the clock stood at. */
    public record Tick(String processKey, String activityId, Instant at) {

        public boolean is(String process, String activity) {
            return processKey.equals(process) && activityId.equals(activity);
        }
    }

    private static final Duration AFTER_DUE = Duration.ofMinutes(1);

    private final SimulatedClock clock;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final boolean agreement;

    public TimeMachine(SimulatedClock clock, RuntimeService runtime, ManagementService management) {
        this(clock, runtime, management, false);
    }

    private TimeMachine(SimulatedClock clock, RuntimeService runtime, ManagementService management, boolean agreement) {
        this.clock = clock;
        this.runtime = runtime;
        this.management = management;
        this.agreement = agreement;
    }

    /** The same, running the timers of the partner's agreement too (reminders, the term's end, the grace period's). */
    public TimeMachine withAgreement() {
        return new TimeMachine(clock, runtime, management, true);
    }

    /** Runs the next timer of the partner, if one falls due before {@code limit}; the clock stands just after it. */
    public Optional<Tick> next(long partnerId, Instant limit) {
        Optional<Job> due = timers(partnerId).stream()
                .filter(j -> !j.getDuedate().toInstant().isAfter(limit))
                .min(Comparator.comparing((Job j) -> j.getDuedate()).thenComparing(this::order));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Job job = due.get();
        Instant at = job.getDuedate().toInstant().plus(AFTER_DUE);
        if (at.isAfter(clock.instant())) {
            clock.moveTo(at);
        }
        String activity = activityOf(job);
        management.executeJob(job.getId());
        return Optional.of(new Tick(job.getProcessDefinitionKey(), activity, at));
    }

    /** Runs every timer of the partner due up to {@code to}, then leaves the clock at {@code to}. */
    public List<Tick> advanceTo(long partnerId, Instant to) {
        return advanceTo(partnerId, to, tick -> {});
    }

    public List<Tick> advanceTo(long partnerId, Instant to, Consumer<Tick> afterEach) {
        List<Tick> ticks = new ArrayList<>();
        Optional<Tick> tick;
        while ((tick = next(partnerId, to)).isPresent()) {
            ticks.add(tick.get());
            afterEach.accept(tick.get());
        }
        if (to.isAfter(clock.instant())) {
            clock.moveTo(to);
        }
        return ticks;
    }

    /** The partner's agreement process has scheduled its term (it starts asynchronously after the grant). */
    public void awaitAgreementScheduled(long partnerId) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> running(PartnerAgreementProcess.KEY, partnerId) == 1
                && management.createJobQuery().timers().processDefinitionKey(PartnerAgreementProcess.KEY).list().stream()
                .anyMatch(j -> Long.toString(partnerId).equals(runtime.createProcessInstanceQuery()
                        .processInstanceId(j.getProcessInstanceId()).singleResult().getBusinessKey())));
    }

    /** How many instances of the process run for the business key (a partner's, or a request's id). */
    public long running(String processKey, long businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(Long.toString(businessKey)).count();
    }

    /** The partner-year timer waiting at the given activity. */
    public Job partnerYearTimer(long partnerId, String activityId) {
        var instance = partnerYear(partnerId);
        Job job = management.createJobQuery().processInstanceId(instance).activityId(activityId).timers().singleResult();
        assertThat(job).as("timer " + activityId + " of partner " + partnerId).isNotNull();
        return job;
    }

    public String partnerYear(long partnerId) {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(PartnerYearProcess.KEY)
                .processInstanceBusinessKey(Long.toString(partnerId)).singleResult();
        assertThat(instance).as("partner-year of " + partnerId).isNotNull();
        return instance.getId();
    }

    private List<Job> timers(long partnerId) {
        List<String> instances = new ArrayList<>();
        if (agreement) {
            // The agreement's lapse ends the partner year: from then on only what is left runs.
            runtime.createProcessInstanceQuery().processDefinitionKey(PartnerYearProcess.KEY)
                    .processInstanceBusinessKey(Long.toString(partnerId)).list().forEach(pi -> instances.add(pi.getId()));
        } else {
            instances.add(partnerYear(partnerId));
        }
        runtime.createProcessInstanceQuery().processDefinitionKey(FreeTrainingSeatsProcess.KEY)
                .variableValueEquals(FreeTrainingSeatsProcess.PARTNER_ID.name(), partnerId).list()
                .forEach(pi -> instances.add(pi.getId()));
        if (agreement) {
            runtime.createProcessInstanceQuery().processDefinitionKey(PartnerAgreementProcess.KEY)
                    .processInstanceBusinessKey(Long.toString(partnerId)).list().forEach(pi -> instances.add(pi.getId()));
            runtime.createProcessInstanceQuery().processDefinitionKey(AgreementTerminationProcess.KEY)
                    .processInstanceBusinessKey(Long.toString(partnerId)).list().forEach(pi -> instances.add(pi.getId()));
        }
        List<Job> jobs = new ArrayList<>();
        for (String instance : instances) {
            jobs.addAll(management.createJobQuery().processInstanceId(instance).timers().list());
        }
        return jobs;
    }

    private String activityOf(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    /** Timers due at the same moment run as the year would: the seats lapse and the quarter starts before the year ends. */
    private int order(Job job) {
        if (FreeTrainingSeatsProcess.KEY.equals(job.getProcessDefinitionKey())) {
            return 0;
        }
        return PartnerYearProcess.TIMER_PARTNER_YEAR_ENDED.equals(activityOf(job)) ? 2 : 1;
    }
}
