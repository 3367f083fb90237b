package dev.partnerprogram.bench.generator;

import dev.partnerprogram.agreement.AccessGrantChange;
import dev.partnerprogram.agreement.AccessKind;
import dev.partnerprogram.agreement.AgreementEvent.Action;
import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Each tier partner's agreement as the agreement service leaves it: concluded when the company became Authorized,
 * renewed with each partner year, its term the running partner year. Its state follows the term: ACTIVE; RENEWAL_DUE
 * once the renewal opens ({@value #RENEWAL_OPENS_DAYS} days before the end, a second reminder at
 * {@value #SECOND_REMINDER_DAYS}); SUSPENDED for some of the partners whose term ended less than the grace period
 * ago, which then left the directory and lost their access. With the access grants (and their change rows) the
 * agreement gives. Each with its running {@code partner-agreement} instance, as the application starts it with the
 * agreement and its timers leave it: waiting for the renewal to open, or in the renewal with the upload task open.
 */
final class Agreements {

    /** The application's defaults (docs/rules.md): reminders 60 and 30 days before the end, 90 days' grace after it. */
    static final int RENEWAL_OPENS_DAYS = 60;
    static final int SECOND_REMINDER_DAYS = 30;
    static final int GRACE_DAYS = 90;
    /** Of the partners within the grace period after a term, one in this many has not renewed (yet). */
    private static final int LAPSING_ONE_IN = 4;
    private static final String NUMBER_PREFIX = "DRX-A";
    /** What the inbox calls the subject of the agreement's tasks (the application's {@code SubjectType.AGREEMENT}). */
    static final String SUBJECT_TYPE = "agreement";

    /** An agreement's process: started when it was concluded, then driven by {@code steps}. */
    private record Process(long partnerId, long concludedAt, OpenStarts.EngineSteps steps) {}

    private int withinGrace;
    private final List<Process> processes = new ArrayList<>();

    static void declareTables(CopyWriter out) {
        out.table("partner_agreement", List.of("id", "partner_id", "number", "signed_on", "valid_from", "valid_until",
                "state", "suspended_on", "created_at", "version"));
        out.table("agreement_event", List.of("id", "agreement_id", "at", "actor", "action", "comment"));
        out.table("access_grant", List.of("id", "partner_id", "agreement_id", "kind", "granted_at", "revoked_at", "version"));
        out.table("access_grant_change", List.of("id", "grant_id", "partner_id", "kind", "change", "occurred_at"));
    }

    static List<String> idTables() {
        return List.of("partner_agreement", "agreement_event", "access_grant", "access_grant_change");
    }

    /**
     * Whether the partner, whose running partner year began on {@code yearStart}, let its previous term end without a
     * renewal: only a partner past its first year, within the grace period, one in {@value #LAPSING_ONE_IN} of them
     * (the first such partner among them, so a small data set has one too). Draws nothing from the random.
     */
    boolean lapsed(LocalDate joined, LocalDate yearStart, LocalDate today) {
        return yearStart.isAfter(joined) && ChronoUnit.DAYS.between(yearStart, today) < GRACE_DAYS && withinGrace++ % LAPSING_ONE_IN == 0;
    }

    /**
     * Writes the agreement of a tier partner whose term is {@code [from, until]}, suspended if the term has ended, and
     * plans its process for {@link #startProcesses}.
     */
    void write(GenerationContext context, PlannedPartner p, LocalDate from, LocalDate until) {
        CopyWriter out = context.out();
        LocalDate today = LocalDate.ofInstant(context.now(), DataGenerator.PROGRAM_ZONE);
        LocalDate end = until.plusDays(1);
        boolean suspended = !end.isAfter(today);
        AgreementState state = suspended ? AgreementState.SUSPENDED
                : today.isBefore(end.minusDays(RENEWAL_OPENS_DAYS)) ? AgreementState.ACTIVE : AgreementState.RENEWAL_DUE;
        long id = context.nextId("partner_agreement");
        out.row("partner_agreement", id, p.id, "%s-%d-%06d".formatted(NUMBER_PREFIX, from.getYear(), p.id), from, from, until,
                state.name(), suspended ? end : null, p.authorizedAt, 0L);
        event(context, id, p.authorizedAt, Action.CONCLUDED, "application");
        LocalDate joined = LocalDate.ofInstant(p.authorizedAt, DataGenerator.PROGRAM_ZONE);
        // The current term was scheduled when the agreement was concluded, or when its last renewal was confirmed.
        Instant scheduled = p.authorizedAt;
        for (LocalDate renewed = joined.plusMonths(DataGenerator.PARTNER_YEAR_MONTHS); !renewed.isAfter(from);
             renewed = renewed.plusMonths(DataGenerator.PARTNER_YEAR_MONTHS)) {
            scheduled = morning(renewed.minusDays(1 + context.random().nextInt(SECOND_REMINDER_DAYS)));
            event(context, id, scheduled, Action.RENEWAL_CONFIRMED,
                    "until " + renewed.plusMonths(DataGenerator.PARTNER_YEAR_MONTHS).minusDays(1));
        }
        for (int before : new int[] {RENEWAL_OPENS_DAYS, SECOND_REMINDER_DAYS}) {
            if (!today.isBefore(end.minusDays(before))) {
                event(context, id, timerFires(end.minusDays(before)), Action.RENEWAL_DUE, before + " days left");
            }
        }
        Instant suspendedAt = suspended ? timerFires(end) : null;
        if (suspended) {
            event(context, id, suspendedAt, Action.SUSPENDED, "the term ended on " + until + " without a confirmed renewal");
        }
        for (AccessKind kind : AccessKind.values()) {
            long grant = context.nextId("access_grant");
            out.row("access_grant", grant, p.id, id, kind.name(), p.authorizedAt, suspendedAt, 0L);
            out.row("access_grant_change", context.nextId("access_grant_change"), grant, p.id, kind.name(),
                    AccessGrantChange.Change.GRANTED.name(), p.authorizedAt);
            if (suspended) {
                out.row("access_grant_change", context.nextId("access_grant_change"), grant, p.id, kind.name(),
                        AccessGrantChange.Change.REVOKED.name(), suspendedAt);
            }
        }
        context.count("agreements:" + state);
        processes.add(new Process(p.id, p.authorizedAt.toEpochMilli(), processSteps(scheduled, end, today)));
    }

    /**
     * The agreement's process from its start on, as the application's job executor drives it: the current term
     * scheduled at {@code scheduled} (the renewals before it are not replayed), then each timer due
     * by today fired at its moment, so that only timers due after today are left and no job waits to run.
     */
    private static OpenStarts.EngineSteps processSteps(Instant scheduled, LocalDate end, LocalDate today) {
        OpenStarts.EngineSteps steps = scheduleTerm(end)
                .then(OpenStarts.EngineSteps.executeJob(PartnerAgreementProcess.SERVICE_SCHEDULE_TERM, scheduled.toEpochMilli()));
        String[] timers = {PartnerAgreementProcess.TIMER_RENEWAL_OPENS, PartnerAgreementProcess.TIMER_SECOND_REMINDER,
                PartnerAgreementProcess.TIMER_TERM_ENDED};
        LocalDate[] due = {end.minusDays(RENEWAL_OPENS_DAYS), end.minusDays(SECOND_REMINDER_DAYS), end};
        for (int i = 0; i < timers.length && !today.isBefore(due[i]); i++) {
            steps = steps.then(OpenStarts.EngineSteps.executeJob(timers[i], timerFires(due[i]).toEpochMilli()));
        }
        return steps;
    }

    /**
     * The agreement delegates on the calling engine thread: scheduling the term sets the moments its timers wait for,
     * as the application's delegate reads them from the agreement (whose rows are not committed yet); reminding and
     * suspending did their domain work in the rows {@link #write} wrote, so they do nothing on the engine.
     */
    private static OpenStarts.EngineSteps scheduleTerm(LocalDate end) {
        return (engine, processInstanceId) -> {
            Mocks.register("scheduleTermDelegate", (JavaDelegate) execution -> {
                PartnerAgreementProcess.RENEWAL_OPENS_AT.set(execution, Date.from(timerFires(end.minusDays(RENEWAL_OPENS_DAYS))));
                PartnerAgreementProcess.SECOND_REMINDER_AT.set(execution, Date.from(timerFires(end.minusDays(SECOND_REMINDER_DAYS))));
                PartnerAgreementProcess.TERM_ENDS_AT.set(execution, Date.from(timerFires(end)));
                PartnerAgreementProcess.GRACE_ENDS_AT.set(execution, Date.from(timerFires(end.plusDays(GRACE_DAYS))));
            });
            JavaDelegate nothing = execution -> { };
            Mocks.register("remindRenewalDelegate", nothing);
            Mocks.register("suspendPartnerDelegate", nothing);
        };
    }

    /**
     * Starts every planned agreement's process on the engine, business key the partner's id and its one variable the
     * partner's id, as {@code AgreementWorkflow} starts it with the agreement: so that the application finds none
     * missing at start-up.
     */
    void startProcesses(GenerationContext context) {
        try (OpenStarts starts = new OpenStarts(context)) {
            for (Process process : processes) {
                Map<String, Object> variables = new HashMap<>();
                PartnerAgreementProcess.PARTNER_ID.put(variables, process.partnerId());
                starts.start(PartnerAgreementProcess.KEY, process.concludedAt(), process.partnerId(), process.partnerId(),
                        variables, process.steps(), processInstanceId -> { });
            }
            starts.finish();
        }
        // None has ended: the data set has no agreement that lapsed or was terminated (the report lists the process).
        context.count("finished:" + PartnerAgreementProcess.KEY, 0);
        context.count("open:" + PartnerAgreementProcess.KEY, processes.size());
    }

    private static void event(GenerationContext context, long agreementId, Instant at, Action action, String comment) {
        context.out().row("agreement_event", context.nextId("agreement_event"), agreementId, at, Staff.SYSTEM, action.name(), comment);
    }

    /** Renewals are confirmed early in the day. */
    private static Instant morning(LocalDate day) {
        return day.atStartOfDay(DataGenerator.PROGRAM_ZONE).toInstant().plus(Duration.ofHours(3));
    }

    /** The agreement's timers are due at the start of their day in the program's time zone, and fire then. */
    private static Instant timerFires(LocalDate day) {
        return day.atStartOfDay(DataGenerator.PROGRAM_ZONE).toInstant();
    }
}
