package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.JointEventProcess.DECISION;
import static dev.partnerprogram.processes.JointEventProcess.EVENT_ID;
import static dev.partnerprogram.processes.JointEventProcess.PARTNER_ID;

import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventHistory.Action;
import dev.partnerprogram.event.JointEventState;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.processes.JointEventProcess.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joint events with vendor staff ({@code joint-event}) at tier partners: refused for short notice, rejected, approved
 * (finished once the reminder a week before the event has gone out), some after marketing proposed another date, or
 * declined by the partner; open ones wait for marketing's review or for the partner's answer to a proposed date.
 */
final class JointEventGenerator extends AbstractProcessGenerator {

    /** As the application's default marketing configuration: a month's notice, the reminder a week before. */
    private static final int MIN_NOTICE_DAYS = 31;
    private static final long REMINDER_BEFORE = 7 * DAY;
    private static final String MARKETING = "m.orlova";

    enum Ending { REFUSED_SHORT_NOTICE, REJECTED, APPROVED, APPROVED_NEW_DATE, DECLINED }

    private static final List<Vocabulary.Weighted<Ending>> ENDINGS = List.of(
            new Vocabulary.Weighted<>(Ending.REFUSED_SHORT_NOTICE, 8), new Vocabulary.Weighted<>(Ending.REJECTED, 17),
            new Vocabulary.Weighted<>(Ending.APPROVED, 58), new Vocabulary.Weighted<>(Ending.APPROVED_NEW_DATE, 11),
            new Vocabulary.Weighted<>(Ending.DECLINED, 6));

    private static final List<String> TITLES = List.of("Day of Directum RX", "Бизнес-завтрак «Цифровой офис»",
            "Семинар для ИТ-директоров", "Конференция по электронному документообороту", "Вебинар для заказчиков");
    private static final List<String> STAFF = List.of("Руководитель направления", "Пресейл-инженер", "Аналитик продукта");

    JointEventGenerator() {
        super(JointEventProcess.KEY, "joint-event", 5);
        // The event lies up to three months out, four with a new date, and the instance ends a week before it.
        spreadOver(130 * DAY);
        table("joint_event", "id", "partner_id", "title", "event_date", "city", "format", "expected_audience",
                "vendor_request", "state", "proposed_date", "staff_names", "decision_reason", "process_instance_id",
                "submitted_at", "updated_at", "version");
        table("joint_event_history", "id", "event_id", "at", "actor", "action", "comment");
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        finishedThenOpen(context, finished, open, "Open joint events", (starts, partner, now) -> openOne(context, starts, partner, now));
    }

    /** One event's domain side, on the absolute clock. */
    private static final class Story {
        final long id;
        final PlannedPartner partner;
        final String title;
        final EventFormat format;
        final int audience;
        final long submittedAt;
        final Trail history = new Trail();
        LocalDate eventDate;
        LocalDate proposedDate;
        JointEventState state = JointEventState.IN_REVIEW;
        String staff;
        String reason;

        Story(GenerationContext context, PlannedPartner partner, long submittedAt, int daysAhead) {
            var random = context.random();
            this.id = context.nextId("joint_event");
            this.partner = partner;
            this.submittedAt = submittedAt;
            this.title = Vocabulary.pick(random, TITLES);
            this.format = EventFormat.values()[random.nextInt(EventFormat.values().length)];
            this.audience = 15 + random.nextInt(200);
            this.eventDate = LocalDate.ofInstant(Instant.ofEpochMilli(submittedAt), DataGenerator.PROGRAM_ZONE).plusDays(daysAhead);
            event(submittedAt, partner.email, Action.SUBMITTED, null);
        }

        long eventStart() {
            return eventDate.atStartOfDay(DataGenerator.PROGRAM_ZONE).toInstant().toEpochMilli();
        }

        void event(long at, String actor, Action action, String comment) {
            history.add(at, actor, action.name(), comment);
        }

        void write(GenerationContext context, String processInstanceId) {
            context.out().row("joint_event", id, partner.id, title, eventDate, partner.region, format.name(), audience,
                    "Выступление представителя вендора о Directum RX", state.name(), proposedDate, staff, reason,
                    processInstanceId, Instant.ofEpochMilli(submittedAt), Instant.ofEpochMilli(history.lastAt()),
                    (long) history.size());
            history.write(context, "joint_event_history", id);
            context.count("jointEvents:" + state.name());
            context.count("jointEventHistory", history.size());
        }
    }

    @Override
    void writeFinished(GenerationContext context, PlannedPartner partner, long submittedAt) {
        var random = context.random();
        Ending ending = Vocabulary.pickWeighted(random, ENDINGS);
        int ahead = ending == Ending.REFUSED_SHORT_NOTICE ? 5 + random.nextInt(MIN_NOTICE_DAYS - 6)
                : MIN_NOTICE_DAYS + 4 + random.nextInt(55);
        Story story = new Story(context, partner, submittedAt, ahead);
        InstanceHistory h = history(context, Long.toString(story.id), submittedAt);
        h.pass(JointEventProcess.START);
        h.run(JointEventProcess.SERVICE_CHECK_EVENT_NOTICE, service(context));
        h.pass(JointEventProcess.GATEWAY_NOTICE_SUFFICIENT);
        if (ending == Ending.REFUSED_SHORT_NOTICE) {
            close(context, h, story, JointEventProcess.SERVICE_REFUSE_SHORT_NOTICE, JointEventProcess.END_EVENT_REFUSED_SHORT_NOTICE,
                    JointEventState.REFUSED_SHORT_NOTICE, Staff.SYSTEM, Action.REFUSED_SHORT_NOTICE);
        } else {
            review(context, h);
            if (ending == Ending.APPROVED_NEW_DATE || ending == Ending.DECLINED) {
                h.run(JointEventProcess.SERVICE_PROPOSE_EVENT_DATE, service(context));
                story.proposedDate = story.eventDate.plusDays(7 + random.nextInt(21));
                story.state = JointEventState.DATE_PROPOSED;
                story.event(h.clock(), MARKETING, Action.DATE_PROPOSED, story.proposedDate.toString());
                h.task(JointEventProcess.USER_ANSWER_PROPOSED_DATE, context.between(HOUR, 5 * DAY), null);
                h.pass(JointEventProcess.GATEWAY_DATE_ANSWER);
                if (ending == Ending.DECLINED) {
                    close(context, h, story, JointEventProcess.SERVICE_DECLINE_EVENT, JointEventProcess.END_EVENT_DECLINED,
                            JointEventState.DECLINED, partner.email, Action.DATE_DECLINED);
                    write(context, h, story);
                    return;
                }
                story.event(h.clock(), partner.email, Action.DATE_ACCEPTED, null);
                story.eventDate = story.proposedDate;
                review(context, h);
            }
            if (ending == Ending.REJECTED) {
                story.reason = "Сотрудники вендора заняты в эти даты";
                close(context, h, story, JointEventProcess.SERVICE_REJECT_EVENT, JointEventProcess.END_EVENT_REJECTED,
                        JointEventState.REJECTED, MARKETING, Action.REJECTED);
            } else {
                h.run(JointEventProcess.SERVICE_APPROVE_EVENT, service(context));
                story.state = JointEventState.APPROVED;
                story.staff = Vocabulary.pick(random, STAFF);
                story.event(h.clock(), MARKETING, Action.APPROVED, story.staff);
                h.waitUntil(JointEventProcess.TIMER_EVENT_REMINDER, story.eventStart() - REMINDER_BEFORE);
                endThrough(context, h, JointEventProcess.SERVICE_REMIND_EVENT, JointEventProcess.END_EVENT_REMINDED);
                story.event(h.clock(), Staff.SYSTEM, Action.REMINDER, null);
            }
        }
        write(context, h, story);
    }

    private static void review(GenerationContext context, InstanceHistory h) {
        h.run(JointEventProcess.SERVICE_OPEN_EVENT_REVIEW, service(context));
        h.task(JointEventProcess.USER_REVIEW_EVENT, context.between(2 * HOUR, 5 * DAY), null);
        h.pass(JointEventProcess.GATEWAY_EVENT_DECISION);
    }

    /** The instance ends through {@code serviceTask} at {@code endEvent}; the event takes {@code state}, with its reason if any. */
    private static void close(GenerationContext context, InstanceHistory h, Story story, String serviceTask, String endEvent,
                              JointEventState state, String actor, Action action) {
        endThrough(context, h, serviceTask, endEvent);
        story.state = state;
        story.event(h.clock(), actor, action, story.reason);
    }

    private static void write(GenerationContext context, InstanceHistory h, Story story) {
        writeHistory(context, h, Instant::ofEpochMilli);
        story.write(context, h.id());
    }

    /** Requests for events at least a month out, waiting for marketing's review or for the partner's answer to a new date. */
    private void openOne(GenerationContext context, OpenStarts starts, PlannedPartner partner, long now) {
        boolean proposed = context.chance(0.25);
        long submittedAt = Math.max(partner.authorizedAt.toEpochMilli() + HOUR, now - context.between(10 * MINUTE, 6 * DAY));
        Story story = new Story(context, partner, submittedAt, MIN_NOTICE_DAYS + 4 + context.random().nextInt(55));
        Map<String, Object> variables = new HashMap<>();
        EVENT_ID.put(variables, story.id);
        PARTNER_ID.put(variables, partner.id);
        OpenStarts.EngineSteps steps = OpenStarts.EngineSteps.NONE;
        if (proposed) {
            long at = context.between(submittedAt + MINUTE, Math.max(submittedAt + 2 * MINUTE, now - MINUTE));
            steps = OpenStarts.EngineSteps.completeTask(at, Map.of(DECISION.name(), DECISION.value(Decision.PROPOSE_DATE.name())));
            story.proposedDate = story.eventDate.plusDays(7 + context.random().nextInt(21));
            story.state = JointEventState.DATE_PROPOSED;
            story.event(at, MARKETING, Action.DATE_PROPOSED, story.proposedDate.toString());
        }
        starts.start(processKey(), submittedAt, story.id, partner.id, variables, steps, pi -> story.write(context, pi));
    }
}
