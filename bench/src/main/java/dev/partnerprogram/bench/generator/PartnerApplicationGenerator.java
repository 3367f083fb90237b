package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.PartnerApplicationProcess.APPLICATION_ID;
import static dev.partnerprogram.processes.PartnerApplicationProcess.DECISION;
import static dev.partnerprogram.processes.PartnerApplicationProcess.PARTNER_ID;

import dev.partnerprogram.application.ApplicationEvent.Action;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.bench.engine.NoOpDelegates;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Join applications ({@code partner-application}). The basic course is taken in enrolments, whose results are
 * written here as the pass (and any fails) that woke the waiting application; no enrolment history is generated.
 * Every tier partner gets the one approved application that made it Authorized (as far as the finished count
 * reaches; the rest count as taken over from an older system); the remaining finished applications are rejected or
 * withdrawn, spread over the companies in proportion to how long they have been registered. Open applications
 * belong to applicant companies, one each, in every waiting state of the process: those at a task are the generator's
 * share of open instances, those waiting for the basic course come on top.
 */
public final class PartnerApplicationGenerator extends AbstractProcessGenerator {

    /** As {@link NoOpDelegates#REVIEW_PERIOD}: the review is due this long after it opens. */
    private static final long REVIEW_PERIOD = NoOpDelegates.REVIEW_PERIOD.toMillis();
    private static final long REWORK_TIMEOUT = Duration.parse(NoOpDelegates.REWORK_TIMEOUT).toMillis();

    /** How a finished application ends; all but GRANTED are for companies that did not join through it. */
    enum Ending { GRANTED, REJECTED, WITHDRAWN_IN_REVIEW, WITHDRAWN_IN_REWORK, WITHDRAWN_BY_TIMEOUT, WITHDRAWN_AT_AGREEMENT }

    private static final List<Vocabulary.Weighted<Ending>> NOT_GRANTED = List.of(
            new Vocabulary.Weighted<>(Ending.REJECTED, 55), new Vocabulary.Weighted<>(Ending.WITHDRAWN_IN_REVIEW, 12),
            new Vocabulary.Weighted<>(Ending.WITHDRAWN_IN_REWORK, 5), new Vocabulary.Weighted<>(Ending.WITHDRAWN_BY_TIMEOUT, 18),
            new Vocabulary.Weighted<>(Ending.WITHDRAWN_AT_AGREEMENT, 10));

    /** The waiting states of a running application, with an overdue review as a state of its own. */
    enum Waiting { IN_REVIEW, REVIEW_OVERDUE, REWORK, AGREEMENT, AGREEMENT_CHECK, BASIC_TRAINING }

    /** The states that wait at a user task; with the basic-course wait (in per cent of all) they add up to 100. */
    private static final List<Vocabulary.Weighted<Waiting>> WAITING_AT_TASK = List.of(
            new Vocabulary.Weighted<>(Waiting.IN_REVIEW, 30), new Vocabulary.Weighted<>(Waiting.REVIEW_OVERDUE, 10),
            new Vocabulary.Weighted<>(Waiting.REWORK, 12), new Vocabulary.Weighted<>(Waiting.AGREEMENT, 15),
            new Vocabulary.Weighted<>(Waiting.AGREEMENT_CHECK, 10));
    /** Running applications waiting for the basic course, which wait for a message, not at a task. */
    private static final int BASIC_TRAINING_PERCENT = 23;

    /** A running application as planned: the moments of the steps already taken, the first being the submission. */
    private record OpenPlan(PlannedPartner partner, Waiting waiting, long[] steps, boolean failedTrainingOnce) {}

    /** Its rows go to the shared tables: applications, their trail and documents, basic-course results. */
    public PartnerApplicationGenerator() {
        super(PartnerApplicationProcess.KEY, "application", 25);
    }

    /**
     * One running application per applicant company; {@code open} counts those waiting at a task, and as many more
     * again as {@link #BASIC_TRAINING_PERCENT} says wait for the basic course, so all must fit the applicants.
     */
    @Override
    public int openCapacity(GenerationContext context) {
        long applicants = context.partners().stream().filter(p -> !p.isTier()).count();
        return (int) (applicants * (100 - BASIC_TRAINING_PERCENT) / 100);
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        List<OpenPlan> openPlans = planOpen(context, open);
        writeFinished(context, finished);
        startOpen(context, openPlans);
        // Applications waiting for the basic course come on top of those at a task.
        countInstances(context, finished, openPlans.size());
    }

    // ---- finished applications -------------------------------------------------------------------------------

    private void writeFinished(GenerationContext context, int count) {
        List<PlannedPartner> tiers = new ArrayList<>(tierPartners(context));
        DataGenerator.shuffle(tiers, context.random());
        int granted = Math.min(tiers.size(), count);
        for (int i = 0; i < tiers.size(); i++) {
            tiers.get(i).joinedThroughApplication = i < granted;
        }
        // The company's earlier applications all lie before this bound: its join, its running application, or now.
        Map<Long, Instant> bound = new HashMap<>();
        for (PlannedPartner partner : tiers) {
            if (partner.joinedThroughApplication) {
                ApplicationStory story = new ApplicationStory(context, partner);
                Walk walk = walk(context, story, Ending.GRANTED);
                long length = walk.process.endedAt() - walk.firstMoment;
                long room = partner.authorizedAt.toEpochMilli() - partner.registeredAt.toEpochMilli() - HOUR;
                double scale = length > room ? (double) room / length : 1.0;
                // The grant falls exactly on the planned moment the company became Authorized.
                long base = partner.authorizedAt.toEpochMilli() - Math.round(walk.process.endedAt() * scale);
                write(context, story, walk, base, scale);
                story.writeGrant(context, partner.authorizedAt);
                bound.put(partner.id, Instant.ofEpochMilli(base));
            } else {
                context.out().row("status_history", context.nextId("status_history"), partner.id, partner.authorizedAt,
                        Staff.SYSTEM, "APPLICANT", "AUTHORIZED", "Перенесён из прежней системы учёта партнёров", null);
                context.count("statusHistory");
                bound.put(partner.id, partner.authorizedAt);
            }
        }
        spreadNotGranted(context, count - granted, bound);
    }

    /** Rejected and withdrawn applications, spread over the companies by the time each had for them. */
    private void spreadNotGranted(GenerationContext context, int count, Map<Long, Instant> bound) {
        if (count == 0) {
            return;
        }
        List<PlannedPartner> partners = context.partners();
        long[] from = new long[partners.size()];
        long[] to = new long[partners.size()];
        long[] cumulative = new long[partners.size()];
        long total = 0;
        for (int i = 0; i < partners.size(); i++) {
            PlannedPartner p = partners.get(i);
            Instant limit = bound.getOrDefault(p.id, p.openApplicationAt != null ? p.openApplicationAt : context.now().minus(Duration.ofHours(1)));
            from[i] = p.registeredAt.toEpochMilli() + HOUR;
            to[i] = limit.toEpochMilli() - MINUTE;
            total += Math.max(0, to[i] - from[i]);
            cumulative[i] = total;
        }
        if (total == 0) {
            throw new IllegalStateException("No company has had time for " + count + " finished applications");
        }
        int[] perPartner = new int[partners.size()];
        for (int n = 0; n < count; n++) {
            long pick = context.random().nextLong(total);
            int index = Arrays.binarySearch(cumulative, pick + 1);
            perPartner[index < 0 ? -index - 1 : index]++;
        }
        for (int i = 0; i < partners.size(); i++) {
            int k = perPartner[i];
            long slot = (to[i] - from[i]) / Math.max(1, k);
            for (int j = 0; j < k; j++) {
                ApplicationStory story = new ApplicationStory(context, partners.get(i));
                Walk walk = walk(context, story, Vocabulary.pickWeighted(context.random(), NOT_GRANTED));
                long slotStart = from[i] + j * slot;
                long start = slotStart + context.between(0, slot / 10);
                long room = slotStart + slot - start;
                long length = Math.max(1, walk.process.endedAt() - walk.firstMoment);
                double scale = length > room ? (double) room / length : 1.0;
                write(context, story, walk, start - Math.round(walk.firstMoment * scale), scale);
            }
        }
    }

    private static void write(GenerationContext context, ApplicationStory story, Walk walk, long base, double scale) {
        LongFunction<Instant> time = t -> Instant.ofEpochMilli(base + Math.round(t * scale));
        writeHistory(context, walk.process, time);
        story.write(context, walk.process.id(), 0, time);
    }

    /** The process history of a story; {@code firstMoment} is its earliest instant (a course passed beforehand). */
    private static final class Walk {
        InstanceHistory process;
        long firstMoment;
    }

    /** Walks the model from submission to the ending, recording history and audit trail on one clock from 0. */
    private Walk walk(GenerationContext context, ApplicationStory story, Ending ending) {
        var random = context.random();
        Walk walk = new Walk();
        InstanceHistory h = history(context, story.businessKey(), 0);
        walk.process = h;
        PlannedPartner partner = story.partner;
        h.pass(PartnerApplicationProcess.START);
        story.event(0, partner.email, Action.SUBMITTED, null);
        story.state(ApplicationState.SUBMITTED, 0);
        if (context.chance(0.5)) {
            story.upload(0, DocumentKind.ATTACHMENT, "company-profile.pdf", partner.email);
        }
        int reworks = switch (ending) {
            case WITHDRAWN_IN_REWORK, WITHDRAWN_BY_TIMEOUT -> context.chance(0.85) ? 1 : 2;
            case REJECTED, WITHDRAWN_IN_REVIEW, WITHDRAWN_AT_AGREEMENT -> context.chance(0.8) ? 0 : 1;
            case GRANTED -> context.chance(0.8) ? 0 : context.chance(0.75) ? 1 : 2;
        };
        boolean endsInRework = ending == Ending.WITHDRAWN_IN_REWORK || ending == Ending.WITHDRAWN_BY_TIMEOUT;
        for (int round = 0; ; round++) {
            boolean last = round == reworks;
            h.run(PartnerApplicationProcess.SERVICE_OPEN_REVIEW, service(context));
            story.state(ApplicationState.IN_REVIEW, h.clock());
            story.reviewOverdue(false);
            long due = h.clock() + REVIEW_PERIOD;
            long wait = reviewWait(context);
            if (wait > REVIEW_PERIOD) {
                h.branch(due, PartnerApplicationProcess.TIMER_REVIEW_OVERDUE, PartnerApplicationProcess.SERVICE_ESCALATE_REVIEW,
                        PartnerApplicationProcess.END_REVIEW_ESCALATED);
                story.eventWithTime(due, Staff.SYSTEM, Action.REVIEW_OVERDUE, due);
                story.reviewOverdue(true);
            }
            if (last && ending == Ending.WITHDRAWN_IN_REVIEW) {
                h.cancelledTask(PartnerApplicationProcess.USER_REVIEW_APPLICATION, wait, due);
                withdrawByPartner(h, story, context);
                return walk;
            }
            h.task(PartnerApplicationProcess.USER_REVIEW_APPLICATION, wait, due);
            h.pass(PartnerApplicationProcess.GATEWAY_REVIEW_DECISION);
            String reviewer = Staff.reviewer(random);
            if (!last || endsInRework) {
                String comment = Vocabulary.pick(random, Vocabulary.REWORK_COMMENTS);
                story.event(h.clock(), reviewer, Action.REWORK_REQUESTED, comment);
                story.decisionReason(comment);
                h.run(PartnerApplicationProcess.SERVICE_REQUEST_REWORK, service(context));
                story.state(ApplicationState.REWORK, h.clock());
                story.reviewOverdue(false);
                if (last && ending == Ending.WITHDRAWN_BY_TIMEOUT) {
                    h.cancelledTask(PartnerApplicationProcess.USER_REVISE_APPLICATION, REWORK_TIMEOUT, null);
                    h.pass(PartnerApplicationProcess.TIMER_REWORK_TIMEOUT);
                    endThrough(context, h, PartnerApplicationProcess.SERVICE_WITHDRAW_AFTER_TIMEOUT,
                            PartnerApplicationProcess.END_APPLICATION_WITHDRAWN_TIMEOUT);
                    story.decide(h.clock(), Staff.SYSTEM, Action.WITHDRAWN, ApplicationStory.TIMEOUT_REASON, ApplicationState.WITHDRAWN);
                    return walk;
                }
                if (last) {
                    h.cancelledTask(PartnerApplicationProcess.USER_REVISE_APPLICATION, context.between(HOUR, 10 * DAY), null);
                    withdrawByPartner(h, story, context);
                    return walk;
                }
                h.task(PartnerApplicationProcess.USER_REVISE_APPLICATION, context.between(4 * HOUR, 10 * DAY), null);
                story.event(h.clock(), partner.email, Action.RESUBMITTED, "Исправили по замечаниям");
                continue;
            }
            if (ending == Ending.REJECTED) {
                String reason = Vocabulary.pick(random, Vocabulary.REJECT_REASONS);
                story.event(h.clock(), reviewer, Action.REJECTED, reason);
                story.decisionReason(reason);
                endThrough(context, h, PartnerApplicationProcess.SERVICE_REJECT_APPLICATION,
                        PartnerApplicationProcess.END_APPLICATION_REJECTED);
                story.reviewOverdue(false);
                story.state(ApplicationState.REJECTED, h.clock());
                return walk;
            }
            story.event(h.clock(), reviewer, Action.REVIEW_APPROVED, null);
            story.decisionReason(null);
            h.run(PartnerApplicationProcess.SERVICE_APPROVE_APPLICATION, service(context));
            story.reviewOverdue(false);
            story.state(ApplicationState.AGREEMENT, h.clock());
            break;
        }
        int returns = context.chance(0.85) ? 0 : 1;
        for (int attempt = 0; ; attempt++) {
            long upload = context.between(DAY, 14 * DAY);
            if (ending == Ending.WITHDRAWN_AT_AGREEMENT && attempt == returns) {
                h.cancelledTask(PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, upload, null);
                withdrawByPartner(h, story, context);
                return walk;
            }
            story.upload(h.clock() + upload - Math.min(upload / 2, 10 * MINUTE), DocumentKind.AGREEMENT, "agreement-signed.pdf", partner.email);
            h.task(PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, upload, null);
            story.event(h.clock(), partner.email, Action.AGREEMENT_UPLOADED, null);
            story.state(ApplicationState.AGREEMENT_CHECK, h.clock());
            h.task(PartnerApplicationProcess.USER_CONFIRM_AGREEMENT, context.between(HOUR, 2 * DAY), null);
            h.pass(PartnerApplicationProcess.GATEWAY_AGREEMENT_DECISION);
            String reviewer = Staff.reviewer(random);
            if (attempt < returns) {
                String comment = Vocabulary.pick(random, Vocabulary.AGREEMENT_RETURNS);
                story.event(h.clock(), reviewer, Action.AGREEMENT_RETURNED, comment);
                story.decisionReason(comment);
                h.run(PartnerApplicationProcess.SERVICE_RETURN_AGREEMENT, service(context));
                story.state(ApplicationState.AGREEMENT, h.clock());
                continue;
            }
            story.event(h.clock(), reviewer, Action.AGREEMENT_CONFIRMED, null);
            story.decisionReason(null);
            break;
        }
        h.run(PartnerApplicationProcess.SERVICE_CHECK_BASIC_TRAINING, service(context));
        story.state(ApplicationState.BASIC_TRAINING, h.clock());
        h.pass(PartnerApplicationProcess.GATEWAY_BASIC_TRAINING_PASSED);
        String employee = Vocabulary.personName(random);
        String employeeEmail = "staff" + story.applicationId + "@partner" + partner.id + ".example";
        if (context.chance(0.25)) {
            // An employee passed the course before the company applied: the process goes straight on.
            walk.firstMoment = -context.between(DAY, 180 * DAY);
            story.trainingResult(walk.firstMoment, employee, employeeEmail, true, 70 + random.nextInt(31), Staff.trainer(random), false);
        } else {
            h.run(PartnerApplicationProcess.SERVICE_REQUEST_BASIC_TRAINING, service(context));
            // The employee's enrolments: each result some days after the last; the pass wakes the application.
            long at = h.clock();
            int failures = context.chance(0.75) ? 0 : context.chance(0.8) ? 1 : 2;
            for (int i = 0; i <= failures; i++) {
                at += context.between(2 * DAY, 20 * DAY);
                boolean passed = i == failures;
                String trainer = Staff.trainer(random);
                story.trainingResult(at, employee, employeeEmail, passed, passed ? 70 + random.nextInt(31) : 20 + random.nextInt(50), trainer, true);
                story.event(at, trainer, passed ? Action.BASIC_TRAINING_PASSED : Action.BASIC_TRAINING_FAILED, employee);
            }
            h.waitUntil(PartnerApplicationProcess.CATCH_BASIC_TRAINING_PASSED, at);
        }
        // The grant is an asynchronous continuation: the job executor picks it up a moment later.
        h.advanceTo(h.clock() + context.between(20, 400));
        endThrough(context, h, PartnerApplicationProcess.SERVICE_GRANT_STATUS, PartnerApplicationProcess.END_STATUS_GRANTED);
        story.event(h.clock(), Staff.SYSTEM, Action.STATUS_GRANTED, DataGenerator.certificate(partner));
        story.state(ApplicationState.APPROVED, h.clock());
        return walk;
    }

    private static void withdrawByPartner(InstanceHistory h, ApplicationStory story, GenerationContext context) {
        h.enterSubprocess(PartnerApplicationProcess.SUBPROCESS_WITHDRAWAL);
        h.pass(PartnerApplicationProcess.START_WITHDRAWAL_REQUESTED);
        endThrough(context, h, PartnerApplicationProcess.SERVICE_WITHDRAW_ON_REQUEST, PartnerApplicationProcess.END_WITHDRAWN_ON_REQUEST);
        story.decide(h.clock(), story.partner.email, Action.WITHDRAWN, ApplicationStory.WITHDRAWN_REASON, ApplicationState.WITHDRAWN);
    }

    /** Most reviews take a day or two; about one in eight runs past the deadline. */
    private static long reviewWait(GenerationContext context) {
        double r = context.random().nextDouble();
        if (r < 0.70) {
            return context.between(HOUR, 2 * DAY);
        }
        if (r < 0.88) {
            return context.between(2 * DAY, REVIEW_PERIOD);
        }
        return context.between(REVIEW_PERIOD + HOUR, 8 * DAY);
    }

    // ---- running applications --------------------------------------------------------------------------------

    private List<OpenPlan> planOpen(GenerationContext context, int count) {
        List<PlannedPartner> applicants = new ArrayList<>(context.partners().stream().filter(p -> !p.isTier()).toList());
        DataGenerator.shuffle(applicants, context.random());
        long now = context.now().toEpochMilli();
        int atTasks = count;
        int atTraining = (int) ((long) count * BASIC_TRAINING_PERCENT / (100 - BASIC_TRAINING_PERCENT));
        List<OpenPlan> plans = new ArrayList<>(count + atTraining);
        for (PlannedPartner partner : applicants) {
            if (atTasks == 0 && atTraining == 0) {
                break;
            }
            long maxAge = now - partner.registeredAt.toEpochMilli() - HOUR;
            // A company too young for the course's wait gets a task instead, so the task count stays exact.
            Waiting waiting;
            if (atTraining > 0 && maxAge >= 3 * DAY) {
                waiting = Waiting.BASIC_TRAINING;
                atTraining--;
            } else if (atTasks > 0) {
                waiting = Vocabulary.pickWeighted(context.random(), WAITING_AT_TASK);
                atTasks--;
            } else {
                continue;
            }
            long minAge = switch (waiting) {
                case IN_REVIEW -> 10 * MINUTE;
                case REVIEW_OVERDUE -> REVIEW_PERIOD + 5 * HOUR;
                case REWORK, AGREEMENT -> DAY;
                case AGREEMENT_CHECK -> 2 * DAY;
                case BASIC_TRAINING -> 3 * DAY;
            };
            long maxAgeOfState = switch (waiting) {
                case IN_REVIEW -> REVIEW_PERIOD - 12 * HOUR;
                case REVIEW_OVERDUE -> 9 * DAY;
                // The rework timer must not be due yet, or the application would withdraw it on start-up.
                case REWORK -> REWORK_TIMEOUT - 2 * DAY;
                case AGREEMENT -> 20 * DAY;
                case AGREEMENT_CHECK -> 25 * DAY;
                case BASIC_TRAINING -> 30 * DAY;
            };
            if (maxAge < minAge) {
                waiting = Waiting.IN_REVIEW;
                minAge = Math.min(10 * MINUTE, maxAge / 2);
                maxAgeOfState = REVIEW_PERIOD - 12 * HOUR;
            }
            long t0 = now - context.between(minAge, Math.min(maxAge, maxAgeOfState));
            int stepsTaken = switch (waiting) {
                case IN_REVIEW, REVIEW_OVERDUE -> 1;
                case REWORK, AGREEMENT -> 2;
                case AGREEMENT_CHECK -> 3;
                case BASIC_TRAINING -> 4;
            };
            long[] steps = new long[stepsTaken];
            steps[0] = t0;
            for (int i = 1; i < stepsTaken; i++) {
                long previous = steps[i - 1];
                // The review is decided within its deadline; later steps take a share of the time left.
                long limit = i == 1 ? Math.min(previous + REVIEW_PERIOD - HOUR, previous + (now - previous) / 2)
                        : previous + (now - previous) / 2;
                steps[i] = context.between(previous + MINUTE, Math.max(previous + 2 * MINUTE, limit));
            }
            boolean failedOnce = waiting == Waiting.BASIC_TRAINING && context.chance(0.3);
            partner.openApplicationAt = Instant.ofEpochMilli(t0);
            plans.add(new OpenPlan(partner, waiting, steps, failedOnce));
        }
        return plans;
    }

    private void startOpen(GenerationContext context, List<OpenPlan> plans) {
        long now = context.now().toEpochMilli();
        try (OpenStarts starts = new OpenStarts(context)) {
            for (OpenPlan plan : plans) {
                ApplicationStory story = new ApplicationStory(context, plan.partner());
                PlannedPartner partner = plan.partner();
                long[] steps = plan.steps();
                Map<String, Object> variables = Map.of(APPLICATION_ID.name(), story.applicationId, PARTNER_ID.name(), partner.id);
                OpenStarts.EngineSteps onEngine = OpenStarts.EngineSteps.NONE;
                story.event(steps[0], partner.email, Action.SUBMITTED, null);
                story.state(ApplicationState.IN_REVIEW, steps[0]);
                if (context.chance(0.5)) {
                    story.upload(steps[0], DocumentKind.ATTACHMENT, "company-profile.pdf", partner.email);
                }
                switch (plan.waiting()) {
                    case IN_REVIEW -> { }
                    case REVIEW_OVERDUE -> {
                        long due = steps[0] + REVIEW_PERIOD;
                        onEngine = (engine, pi) -> {
                            EngineClock.at(due);
                            var timer = engine.getManagementService().createJobQuery().processInstanceId(pi)
                                    .activityId(PartnerApplicationProcess.TIMER_REVIEW_OVERDUE).singleResult();
                            engine.getManagementService().executeJob(timer.getId());
                        };
                        story.eventWithTime(due, Staff.SYSTEM, Action.REVIEW_OVERDUE, due);
                        story.reviewOverdue(true);
                    }
                    case REWORK -> {
                        String comment = Vocabulary.pick(context.random(), Vocabulary.REWORK_COMMENTS);
                        onEngine = OpenStarts.EngineSteps.completeTask(steps[1], Map.of(DECISION.name(), DECISION.value(Decision.REWORK.name())));
                        story.event(steps[1], Staff.reviewer(context.random()), Action.REWORK_REQUESTED, comment);
                        story.decisionReason(comment);
                        story.state(ApplicationState.REWORK, steps[1]);
                    }
                    case AGREEMENT, AGREEMENT_CHECK, BASIC_TRAINING -> {
                        onEngine = OpenStarts.EngineSteps.completeTask(steps[1], Map.of(DECISION.name(), DECISION.value(Decision.APPROVE.name())));
                        story.event(steps[1], Staff.reviewer(context.random()), Action.REVIEW_APPROVED, null);
                        story.state(ApplicationState.AGREEMENT, steps[1]);
                        if (steps.length > 2) {
                            story.upload(steps[2] - Math.min((steps[2] - steps[1]) / 2, 10 * MINUTE), DocumentKind.AGREEMENT,
                                    "agreement-signed.pdf", partner.email);
                            onEngine = onEngine.then(OpenStarts.EngineSteps.completeTask(steps[2], Map.of()));
                            story.event(steps[2], partner.email, Action.AGREEMENT_UPLOADED, null);
                            story.state(ApplicationState.AGREEMENT_CHECK, steps[2]);
                        }
                        if (steps.length > 3) {
                            onEngine = onEngine.then(OpenStarts.EngineSteps.completeTask(steps[3], Map.of(DECISION.name(), DECISION.value(Decision.APPROVE.name()))));
                            story.event(steps[3], Staff.reviewer(context.random()), Action.AGREEMENT_CONFIRMED, null);
                            story.state(ApplicationState.BASIC_TRAINING, steps[3]);
                            if (plan.failedTrainingOnce()) {
                                long failedAt = context.between(steps[3] + MINUTE, Math.max(steps[3] + 2 * MINUTE, steps[3] + (now - steps[3]) / 2));
                                String employee = Vocabulary.personName(context.random());
                                String trainer = Staff.trainer(context.random());
                                story.trainingResult(failedAt, employee, null, false, 20 + context.random().nextInt(50), trainer, true);
                                story.event(failedAt, trainer, Action.BASIC_TRAINING_FAILED, employee);
                            }
                        }
                    }
                }
                starts.start(processKey(), steps[0], story.applicationId, partner.id, variables, onEngine,
                        pi -> story.write(context, pi, steps[0], Instant::ofEpochMilli));
                // An application waiting for the basic course waits for a message, not at a task.
                if (plan.waiting() != Waiting.BASIC_TRAINING) {
                    context.count("openTasks");
                }
            }
            starts.finish();
        }
    }

}
