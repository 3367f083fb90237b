package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.StatusUpgradeProcess.APPLICATION_ID;
import static dev.partnerprogram.processes.StatusUpgradeProcess.DECISION;
import static dev.partnerprogram.processes.StatusUpgradeProcess.PARTNER_ID;
import static dev.partnerprogram.processes.StatusUpgradeProcess.REQUESTED_STATUS;

import dev.partnerprogram.application.ApplicationEvent.Action;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.bench.engine.NoOpDelegates;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Requests for the next tier ({@code status-upgrade}) by Authorized and Certified partners. The tiers the partners
 * hold came from the yearly reviews (status history), so the finished requests are those that did not get it: judged
 * not eligible by the rules, rejected in review (some after an overdue review), withdrawn by the partner, or
 * withdrawn when the partner left a rework request unanswered. Open ones, one per partner and after its finished ones,
 * wait for the review or for the partner's rework, with every timer still ahead.
 */
final class StatusUpgradeGenerator extends AbstractProcessGenerator {

    private static final long REVIEW_PERIOD = NoOpDelegates.UPGRADE_REVIEW_PERIOD.toMillis();
    private static final long REWORK_TIMEOUT = Duration.parse(NoOpDelegates.REWORK_TIMEOUT).toMillis();

    enum Ending { NOT_ELIGIBLE, REJECTED, WITHDRAWN_BY_PARTNER, WITHDRAWN_BY_TIMEOUT }

    private static final List<Vocabulary.Weighted<Ending>> ENDINGS = List.of(
            new Vocabulary.Weighted<>(Ending.NOT_ELIGIBLE, 40), new Vocabulary.Weighted<>(Ending.REJECTED, 35),
            new Vocabulary.Weighted<>(Ending.WITHDRAWN_BY_PARTNER, 15), new Vocabulary.Weighted<>(Ending.WITHDRAWN_BY_TIMEOUT, 10));

    private static final List<String> REJECT_REASONS = List.of("Мало завершённых проектов за год",
            "Недостаточно сертифицированных специалистов", "План развития выполнен не полностью");

    /** One eligibility check's report, written after the application it belongs to. */
    private record Check(long at, boolean eligible) {}

    StatusUpgradeGenerator() {
        super(StatusUpgradeProcess.KEY, "application", 5);
        table("eligibility_report", "id", "partner_id", "target_status", "purpose", "application_id", "eligible", "checked_at");
    }

    /** At most one running request per partner that could ask for a higher tier. */
    @Override
    public int openCapacity(GenerationContext context) {
        return (int) context.partners().stream().filter(StatusUpgradeGenerator::canUpgrade).count();
    }

    private static boolean canUpgrade(PlannedPartner p) {
        return p.status == PartnerStatus.AUTHORIZED || p.status == PartnerStatus.CERTIFIED;
    }

    private static RequestedStatus target(PlannedPartner p) {
        return p.status == PartnerStatus.AUTHORIZED ? RequestedStatus.CERTIFIED : RequestedStatus.GENERAL;
    }

    /** Since when the partner holds its current tier. */
    private static long inTierSince(PlannedPartner p) {
        return (p.certifiedAt != null ? p.certifiedAt : p.authorizedAt).toEpochMilli();
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        List<PlannedPartner> candidates = new ArrayList<>(context.partners().stream().filter(StatusUpgradeGenerator::canUpgrade).toList());
        long now = context.now().toEpochMilli();
        DataGenerator.shuffle(candidates, context.random());
        Map<Long, Long> openSince = new HashMap<>();
        List<PlannedPartner> withOpen = candidates.subList(0, open);
        for (PlannedPartner partner : withOpen) {
            openSince.put(partner.id, Math.max(inTierSince(partner) + HOUR, now - context.between(10 * MINUTE, 5 * DAY)));
        }
        // Finished requests end well before now and before the partner's running one.
        List<PlannedPartner> ordered = context.partners().stream().filter(StatusUpgradeGenerator::canUpgrade).toList();
        for (Spread.Slot slot : Spread.slotted(context, ordered, p -> inTierSince(p) + DAY,
                p -> Math.min(now - 30 * DAY, openSince.getOrDefault(p.id, now) - HOUR), finished)) {
            writeFinished(context, slot);
        }
        startOpen(context, withOpen, openSince);
        countInstances(context, finished, open);
    }

    private void writeFinished(GenerationContext context, Spread.Slot slot) {
        var random = context.random();
        PlannedPartner partner = slot.partner();
        ApplicationStory story = new ApplicationStory(context, partner, target(partner));
        Ending ending = Vocabulary.pickWeighted(random, ENDINGS);
        List<Check> checks = new ArrayList<>();
        InstanceHistory h = history(context, story.businessKey(), 0);
        h.pass(StatusUpgradeProcess.START);
        story.event(0, partner.email, Action.SUBMITTED, null);
        story.state(ApplicationState.SUBMITTED, 0);
        h.run(StatusUpgradeProcess.SERVICE_CHECK_ELIGIBILITY, service(context));
        h.pass(StatusUpgradeProcess.GATEWAY_ELIGIBLE);
        boolean eligible = ending != Ending.NOT_ELIGIBLE;
        checks.add(new Check(h.clock(), eligible));
        story.event(h.clock(), Staff.SYSTEM, eligible ? Action.ELIGIBILITY_CHECKED : Action.NOT_ELIGIBLE, null);
        if (!eligible) {
            endThrough(context, h, StatusUpgradeProcess.SERVICE_REJECT_NOT_ELIGIBLE, StatusUpgradeProcess.END_NOT_ELIGIBLE);
            story.decisionReason("the partner does not meet the requirements of " + target(partner));
            story.state(ApplicationState.REJECTED, h.clock());
        } else {
            h.run(StatusUpgradeProcess.SERVICE_OPEN_UPGRADE_REVIEW, service(context));
            story.state(ApplicationState.IN_REVIEW, h.clock());
            long due = h.clock() + REVIEW_PERIOD;
            long wait = context.chance(0.85) ? context.between(2 * HOUR, REVIEW_PERIOD) : context.between(REVIEW_PERIOD + HOUR, 12 * DAY);
            if (wait > REVIEW_PERIOD) {
                h.branch(due, StatusUpgradeProcess.TIMER_UPGRADE_REVIEW_OVERDUE, StatusUpgradeProcess.SERVICE_ESCALATE_UPGRADE_REVIEW,
                        StatusUpgradeProcess.END_UPGRADE_REVIEW_ESCALATED);
                story.eventWithTime(due, Staff.SYSTEM, Action.REVIEW_OVERDUE, due);
                story.reviewOverdue(true);
            }
            if (ending == Ending.WITHDRAWN_BY_PARTNER) {
                h.cancelledTask(StatusUpgradeProcess.USER_REVIEW_UPGRADE, wait, due);
                h.enterSubprocess(StatusUpgradeProcess.SUBPROCESS_WITHDRAWAL);
                h.pass(StatusUpgradeProcess.START_WITHDRAWAL_REQUESTED);
                endThrough(context, h, StatusUpgradeProcess.SERVICE_WITHDRAW_ON_REQUEST, StatusUpgradeProcess.END_WITHDRAWN_ON_REQUEST);
                story.decide(h.clock(), partner.email, Action.WITHDRAWN, ApplicationStory.WITHDRAWN_REASON, ApplicationState.WITHDRAWN);
            } else {
                h.task(StatusUpgradeProcess.USER_REVIEW_UPGRADE, wait, due);
                h.pass(StatusUpgradeProcess.GATEWAY_UPGRADE_REVIEW);
                String reviewer = Staff.reviewer(random);
                story.reviewOverdue(false);
                if (ending == Ending.REJECTED) {
                    String reason = Vocabulary.pick(random, REJECT_REASONS);
                    endThrough(context, h, StatusUpgradeProcess.SERVICE_REJECT_UPGRADE, StatusUpgradeProcess.END_UPGRADE_REJECTED);
                    story.decide(h.clock(), reviewer, Action.REJECTED, reason, ApplicationState.REJECTED);
                } else {
                    String comment = Vocabulary.pick(random, Vocabulary.REWORK_COMMENTS);
                    h.run(StatusUpgradeProcess.SERVICE_REQUEST_UPGRADE_REWORK, service(context));
                    story.event(h.clock(), reviewer, Action.REWORK_REQUESTED, comment);
                    story.state(ApplicationState.REWORK, h.clock());
                    h.cancelledTask(StatusUpgradeProcess.USER_REVISE_UPGRADE, REWORK_TIMEOUT, null);
                    h.pass(StatusUpgradeProcess.TIMER_UPGRADE_REWORK_TIMEOUT);
                    endThrough(context, h, StatusUpgradeProcess.SERVICE_WITHDRAW_UPGRADE_AFTER_TIMEOUT,
                            StatusUpgradeProcess.END_UPGRADE_WITHDRAWN_TIMEOUT);
                    story.decide(h.clock(), Staff.SYSTEM, Action.WITHDRAWN, ApplicationStory.TIMEOUT_REASON, ApplicationState.WITHDRAWN);
                }
            }
        }
        // A request longer than its slot is compressed into it, so the partner's requests never overlap.
        long room = Math.max(1, slot.limit() - slot.at() - MINUTE);
        double scale = h.endedAt() > room ? (double) room / h.endedAt() : 1.0;
        LongFunction<Instant> time = t -> Instant.ofEpochMilli(slot.at() + Math.round(t * scale));
        writeHistory(context, h, time);
        story.write(context, h.id(), 0, time);
        writeChecks(context, story, checks, time);
    }

    private static void writeChecks(GenerationContext context, ApplicationStory story, List<Check> checks, LongFunction<Instant> time) {
        for (Check check : checks) {
            context.out().row("eligibility_report", context.nextId("eligibility_report"), story.partner.id,
                    target(story.partner).name(), "UPGRADE", story.applicationId, check.eligible(), time.apply(check.at()));
            context.count("eligibilityReports");
        }
    }

    private void startOpen(GenerationContext context, List<PlannedPartner> partners, Map<Long, Long> openSince) {
        long now = context.now().toEpochMilli();
        try (OpenStarts starts = new OpenStarts(context)) {
            for (PlannedPartner partner : partners) {
                long submitted = openSince.get(partner.id);
                boolean rework = context.chance(0.25);
                ApplicationStory story = new ApplicationStory(context, partner, target(partner));
                Map<String, Object> variables = new HashMap<>();
                APPLICATION_ID.put(variables, story.applicationId);
                PARTNER_ID.put(variables, partner.id);
                REQUESTED_STATUS.put(variables, target(partner).name());
                OpenStarts.EngineSteps steps = OpenStarts.EngineSteps.NONE;
                story.event(submitted, partner.email, Action.SUBMITTED, null);
                story.event(submitted, Staff.SYSTEM, Action.ELIGIBILITY_CHECKED, null);
                story.state(ApplicationState.IN_REVIEW, submitted);
                List<Check> checks = new ArrayList<>(List.of(new Check(submitted, true)));
                if (rework) {
                    long at = context.between(submitted + MINUTE, Math.max(submitted + 2 * MINUTE, now - MINUTE));
                    steps = OpenStarts.EngineSteps.completeTask(at, Map.of(DECISION.name(), DECISION.value(Decision.REWORK.name())));
                    String comment = Vocabulary.pick(context.random(), Vocabulary.REWORK_COMMENTS);
                    story.event(at, Staff.reviewer(context.random()), Action.REWORK_REQUESTED, comment);
                    story.state(ApplicationState.REWORK, at);
                }
                starts.start(processKey(), submitted, story.applicationId, partner.id, variables, steps, pi -> {
                    story.write(context, pi, submitted, Instant::ofEpochMilli);
                    writeChecks(context, story, checks, Instant::ofEpochMilli);
                });
                context.count("openTasks");
            }
            starts.finish();
        }
    }
}
