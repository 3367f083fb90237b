package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.SpecialistCertificationProcess.CERTIFICATE_EXPIRES_AT;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.DECISION;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.EXAM_AT;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.EXAM_ID;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.EXAM_PASSED;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.FIRST_REMINDER_AT;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.PARTNER_ID;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.SECOND_REMINDER_AT;

import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.certification.ExamState;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Specialists' exams ({@code specialist-certification}) at tier partners. A passed exam's instance lives on with its
 * certificate until the certificate expires, so the finished ones are rejected registrations, failed exams and
 * certificates that ran out (and were reminded of twice); the running ones wait for the exam to be scheduled or its
 * result (the generator's open tasks) or, certified, for the certificate's reminders and expiry (as many again, without
 * a task): those give the dashboards their valid and expiring certificates.
 */
final class SpecialistCertificationGenerator extends AbstractProcessGenerator {

    /** As the application's default certification configuration. */
    private static final Period VALIDITY = Period.ofYears(2);
    private static final long FIRST_REMINDER_BEFORE = 60 * DAY;
    private static final long SECOND_REMINDER_BEFORE = 14 * DAY;
    private static final int PASS_MARK = 80;
    private static final String CERTIFICATE_PREFIX = "DRX-S";
    private static final String TRAINING_STAFF = "o.sokolova";

    enum Ending { REJECTED, FAILED, EXPIRED }

    private static final String REJECT_REASON = "Нет подтверждения опыта работы с Directum RX";

    SpecialistCertificationGenerator() {
        super(SpecialistCertificationProcess.KEY, "certification", 10);
        table("specialist", "id", "partner_id", "name", "email", "language", "left_at", "created_at", "version");
        table("certification_exam", "id", "partner_id", "specialist_id", "track", "state", "exam_date", "score", "pass_mark",
                "decision_reason", "certificate_id", "process_instance_id", "requested_by", "requested_at", "updated_at", "version");
        table("specialist_certificate", "id", "number", "specialist_id", "partner_id", "exam_id", "track", "issued_on",
                "valid_until", "state", "version");
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        List<PlannedPartner> tiers = tierPartners(context);
        writeFinished(context, tiers, finished);
        startOpen(context, tiers, open);
        // Certified specialists' instances run on without a task, beside the open ones at a task.
        countInstances(context, finished, 2 * open);
    }

    @Override
    public boolean grows() {
        return true;
    }

    @Override
    public void growFinished(GenerationContext context, int finished) {
        writeFinished(context, tierPartners(context), finished);
        context.count("finished:" + processKey(), finished);
    }

    private void writeFinished(GenerationContext context, List<PlannedPartner> tiers, int finished) {
        long now = context.now().toEpochMilli();
        int expired = finished * 55 / 100;
        long validity = validityMillis(now);
        // A certificate that ran out was issued more than its validity ago; the other endings take weeks at most.
        for (Spread.Pick pick : sinceJoining(context, tiers, now - validity - 60 * DAY, expired)) {
            writeFinished(context, pick.partner(), pick.at(), Ending.EXPIRED);
        }
        for (Spread.Pick pick : sinceJoining(context, tiers, now - 60 * DAY, finished - expired)) {
            writeFinished(context, pick.partner(), pick.at(), context.chance(0.3) ? Ending.REJECTED : Ending.FAILED);
        }
    }

    private static long validityMillis(long now) {
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), DataGenerator.PROGRAM_ZONE);
        return (today.plus(VALIDITY).toEpochDay() - today.toEpochDay()) * DAY;
    }

    /** One exam's domain side, on the absolute clock. */
    private static final class Story {
        final long id;
        final long specialistId;
        final PlannedPartner partner;
        final String name;
        final CertificationTrack track;
        final long requestedAt;
        final Trail events = new Trail();
        ExamState state = ExamState.REGISTERED;
        LocalDate examDate;
        Integer score;
        String reason;
        Long certificateId;
        /** Written after the specialist and the exam it refers to. */
        Object[] certificate;

        Story(GenerationContext context, PlannedPartner partner, long requestedAt) {
            this.id = context.nextId("certification_exam");
            this.specialistId = context.nextId("specialist");
            this.partner = partner;
            this.requestedAt = requestedAt;
            this.name = Vocabulary.personName(context.random());
            this.track = CertificationTrack.values()[context.random().nextInt(CertificationTrack.values().length)];
            event(requestedAt, partner.email, "REGISTERED", name + ", " + track);
        }

        void event(long at, String actor, String action, String comment) {
            events.add(at, actor, action, comment);
        }

        void scheduled(long at, long examAt) {
            examDate = LocalDate.ofInstant(Instant.ofEpochMilli(examAt), DataGenerator.PROGRAM_ZONE);
            state = ExamState.SCHEDULED;
            event(at, TRAINING_STAFF, "SCHEDULED", examDate.toString());
        }

        void result(GenerationContext context, long at, boolean passed) {
            score = passed ? PASS_MARK + context.random().nextInt(100 - PASS_MARK + 1) : 30 + context.random().nextInt(PASS_MARK - 30);
            state = passed ? ExamState.PASSED : ExamState.FAILED;
            event(at, Staff.trainer(context.random()), state.name(), score + "% (pass mark " + PASS_MARK + "%)");
        }

        /** The certificate issued at {@code at}; answers the moment it runs out, the start of the day after its last. */
        long certify(GenerationContext context, long at, boolean expired) {
            certificateId = context.nextId("specialist_certificate");
            LocalDate issued = LocalDate.ofInstant(Instant.ofEpochMilli(at), DataGenerator.PROGRAM_ZONE);
            LocalDate validUntil = issued.plus(VALIDITY);
            String number = "%s-%d-%06d".formatted(CERTIFICATE_PREFIX, issued.getYear(), id);
            certificate = new Object[] {certificateId, number, specialistId, partner.id, id, track.name(), issued, validUntil,
                    expired ? "EXPIRED" : "VALID", 0L};
            event(at, Staff.SYSTEM, "CERTIFIED", number + " valid until " + validUntil);
            return validUntil.atTime(LocalTime.MIDNIGHT).atZone(DataGenerator.PROGRAM_ZONE).toInstant().toEpochMilli();
        }

        void write(GenerationContext context, String processInstanceId) {
            context.out().row("specialist", specialistId, partner.id, name, "specialist" + id + "@partner" + partner.id + ".example",
                    partner.language, null, Instant.ofEpochMilli(requestedAt), 0L);
            context.out().row("certification_exam", id, partner.id, specialistId, track.name(), state.name(), examDate, score,
                    state == ExamState.PASSED || state == ExamState.FAILED ? PASS_MARK : null, reason, certificateId,
                    processInstanceId, partner.email, Instant.ofEpochMilli(requestedAt), Instant.ofEpochMilli(events.lastAt()),
                    (long) events.size());
            if (certificate != null) {
                context.out().row("specialist_certificate", certificate);
                context.count("certificates:" + certificate[8]);
            }
            events.write(context, "training_event", "EXAM", id);
            context.count("exams:" + state.name());
            context.count("trainingEvents", events.size());
        }
    }

    // ---- finished exams --------------------------------------------------------------------------------------

    private void writeFinished(GenerationContext context, PlannedPartner partner, long requestedAt, Ending ending) {
        Story story = new Story(context, partner, requestedAt);
        InstanceHistory h = history(context, Long.toString(story.id), requestedAt);
        h.pass(SpecialistCertificationProcess.START);
        h.task(SpecialistCertificationProcess.USER_SCHEDULE_EXAM, context.between(2 * HOUR, 5 * DAY), null);
        h.pass(SpecialistCertificationProcess.GATEWAY_SCHEDULE_DECISION);
        if (ending == Ending.REJECTED) {
            endThrough(context, h, SpecialistCertificationProcess.SERVICE_REJECT_EXAM_REGISTRATION,
                    SpecialistCertificationProcess.END_EXAM_REGISTRATION_REJECTED);
            story.reason = REJECT_REASON;
            story.state = ExamState.REJECTED;
            story.event(h.clock(), TRAINING_STAFF, "REJECTED", REJECT_REASON);
        } else {
            long examAt = h.clock() + context.between(7 * DAY, 30 * DAY);
            story.scheduled(h.clock(), examAt);
            h.run(SpecialistCertificationProcess.SERVICE_ANNOUNCE_EXAM, service(context));
            h.task(SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT, examAt + context.between(HOUR, 3 * DAY) - h.clock(), examAt);
            h.pass(SpecialistCertificationProcess.GATEWAY_EXAM_PASSED);
            boolean passed = ending == Ending.EXPIRED;
            story.result(context, h.clock(), passed);
            if (passed) {
                h.run(SpecialistCertificationProcess.SERVICE_ISSUE_CERTIFICATE, service(context));
                long expires = story.certify(context, h.clock(), true);
                h.waitUntil(SpecialistCertificationProcess.TIMER_FIRST_EXPIRY_REMINDER, expires - FIRST_REMINDER_BEFORE);
                h.run(SpecialistCertificationProcess.SERVICE_REMIND_EXPIRY_FIRST, service(context));
                h.waitUntil(SpecialistCertificationProcess.TIMER_SECOND_EXPIRY_REMINDER, expires - SECOND_REMINDER_BEFORE);
                h.run(SpecialistCertificationProcess.SERVICE_REMIND_EXPIRY_SECOND, service(context));
                h.waitUntil(SpecialistCertificationProcess.TIMER_CERTIFICATE_EXPIRED, expires);
                endThrough(context, h, SpecialistCertificationProcess.SERVICE_EXPIRE_CERTIFICATE,
                        SpecialistCertificationProcess.END_CERTIFICATE_EXPIRED);
            } else {
                endThrough(context, h, SpecialistCertificationProcess.SERVICE_REPORT_EXAM_FAILED,
                        SpecialistCertificationProcess.END_EXAM_FAILED);
            }
        }
        writeHistory(context, h, Instant::ofEpochMilli);
        story.write(context, h.id());
    }

    // ---- running exams ---------------------------------------------------------------------------------------

    /**
     * {@code open} exams at a task (to be scheduled, or their result to be recorded), and as many certified ones whose
     * certificate is valid, issued at any time in its validity: the reminders already due have run.
     */
    private void startOpen(GenerationContext context, List<PlannedPartner> tiers, int open) {
        long now = context.now().toEpochMilli();
        long validity = validityMillis(now);
        try (OpenStarts starts = new OpenStarts(context)) {
            for (int i = 0; i < 2 * open; i++) {
                PlannedPartner partner = anyOf(context, tiers, "Open exams");
                boolean certified = i >= open;
                boolean scheduled = !certified && context.chance(0.45);
                long since = partner.authorizedAt.toEpochMilli() + HOUR;
                long requestedAt = certified ? Math.max(since, now - context.between(40 * DAY, validity - 40 * DAY))
                        : Math.max(since, now - context.between(10 * MINUTE, 12 * DAY));
                Story story = new Story(context, partner, requestedAt);
                Map<String, Object> variables = new HashMap<>();
                EXAM_ID.put(variables, story.id);
                PARTNER_ID.put(variables, partner.id);
                OpenStarts.EngineSteps steps = OpenStarts.EngineSteps.NONE;
                if (scheduled || certified) {
                    long at = certified ? requestedAt + context.between(2 * HOUR, 5 * DAY)
                            : context.between(requestedAt + MINUTE, Math.max(requestedAt + 2 * MINUTE, now - MINUTE));
                    // A certified specialist sat the exam before now; an exam still to be marked may lie ahead.
                    long examAt = certified ? Math.min(at + context.between(7 * DAY, 20 * DAY), now - 2 * DAY)
                            : at + context.between(DAY, 25 * DAY);
                    examAt = Math.max(examAt, at + HOUR);
                    Map<String, Object> decision = new HashMap<>();
                    DECISION.put(decision, Decision.APPROVE.name());
                    EXAM_AT.put(decision, new Date(examAt));
                    steps = steps.then(OpenStarts.EngineSteps.completeTask(at, decision));
                    story.scheduled(at, examAt);
                    if (certified) {
                        long marked = Math.min(examAt + context.between(HOUR, 2 * DAY), now - HOUR);
                        story.result(context, marked, true);
                        long expires = story.certify(context, marked, false);
                        Map<String, Object> result = new HashMap<>();
                        EXAM_PASSED.put(result, true);
                        FIRST_REMINDER_AT.put(result, new Date(expires - FIRST_REMINDER_BEFORE));
                        SECOND_REMINDER_AT.put(result, new Date(expires - SECOND_REMINDER_BEFORE));
                        CERTIFICATE_EXPIRES_AT.put(result, new Date(expires));
                        steps = steps.then(OpenStarts.EngineSteps.completeTask(marked, result))
                                .then((engine, pi) -> runDueTimers(engine, pi, now));
                    }
                }
                starts.start(processKey(), requestedAt, story.id, partner.id, variables, steps, pi -> story.write(context, pi));
                if (!certified) {
                    context.count("openTasks");
                }
            }
            starts.finish();
        }
    }

    /** Fires, each at its own moment, the reminders that came due before now, as the job executor would have. */
    private static void runDueTimers(ProcessEngine engine, String processInstanceId, long now) {
        var management = engine.getManagementService();
        while (true) {
            Job due = management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                    .filter(j -> j.getDuedate().getTime() < now).min(Comparator.comparing(Job::getDuedate)).orElse(null);
            if (due == null) {
                return;
            }
            EngineClock.at(due.getDuedate().getTime());
            management.executeJob(due.getId());
        }
    }
}
