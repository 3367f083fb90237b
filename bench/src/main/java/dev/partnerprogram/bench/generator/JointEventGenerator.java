package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.JointEventProcess.DECISION;
import static dev.partnerprogram.processes.JointEventProcess.EVENT_ID;
import static dev.partnerprogram.processes.JointEventProcess.PARTNER_ID;

import dev.partnerprogram.bench.engine.NoOpDelegates;
import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventHistory.Action;
import dev.partnerprogram.event.JointEventState;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.processes.JointEventProcess.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joint events with vendor staff ({@code joint-event}) at tier partners: refused for short notice, rejected, approved
 * (finished once the reminder a week before the event has gone out), some after marketing proposed another date, or
 * declined by the partner; open ones wait for marketing's review or for the partner's answer to a proposed date.
 */
final class JointEventGenerator implements ProcessDataGenerator {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
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

    @Override
    public List<String> processKeys() {
        return List.of(JointEventProcess.KEY);
    }

    @Override
    public String subjectType() {
        return "joint-event";
    }

    @Override
    public int weight() {
        return 5;
    }

    @Override
    public void declareTables(CopyWriter out) {
        out.table("joint_event", List.of("id", "partner_id", "title", "event_date", "city", "format", "expected_audience",
                "vendor_request", "state", "proposed_date", "staff_names", "decision_reason", "process_instance_id",
                "submitted_at", "updated_at", "version"));
        out.table("joint_event_history", List.of("id", "event_id", "at", "actor", "action", "comment"));
    }

    @Override
    public List<String> idTables() {
        return List.of("joint_event", "joint_event_history");
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        List<PlannedPartner> tiers = context.partners().stream().filter(PlannedPartner::isTier).toList();
        long now = context.now().toEpochMilli();
        // The event lies up to three months out, four with a new date, and the instance ends a week before it.
        long latestStart = now - 130 * DAY;
        for (Spread.Pick pick : Spread.over(context, tiers, p -> p.authorizedAt.toEpochMilli() + DAY, p -> latestStart, finished)) {
            writeFinished(context, pick.partner(), pick.at());
        }
        startOpen(context, tiers, open);
        context.count("finished:" + JointEventProcess.KEY, finished);
        context.count("open:" + JointEventProcess.KEY, open);
    }

    /** One event's domain side, on the absolute clock. */
    private static final class Story {
        final long id;
        final PlannedPartner partner;
        final String title;
        final EventFormat format;
        final int audience;
        final long submittedAt;
        final List<Object[]> history = new ArrayList<>();
        LocalDate eventDate;
        LocalDate proposedDate;
        JointEventState state = JointEventState.IN_REVIEW;
        String staff;
        String reason;
        long updatedAt;

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
            history.add(new Object[] {at, actor, action.name(), comment});
            updatedAt = Math.max(updatedAt, at);
        }

        void write(GenerationContext context, String processInstanceId) {
            context.out().row("joint_event", id, partner.id, title, eventDate, partner.region, format.name(), audience,
                    "Выступление представителя вендора о Directum RX", state.name(), proposedDate, staff, reason,
                    processInstanceId, Instant.ofEpochMilli(submittedAt), Instant.ofEpochMilli(updatedAt), (long) history.size());
            for (Object[] e : history) {
                context.out().row("joint_event_history", context.nextId("joint_event_history"), id, Instant.ofEpochMilli((Long) e[0]),
                        e[1], e[2], e[3]);
            }
            context.count("jointEvents:" + state.name());
            context.count("jointEventHistory", history.size());
        }
    }

    private void writeFinished(GenerationContext context, PlannedPartner partner, long submittedAt) {
        var random = context.random();
        Ending ending = Vocabulary.pickWeighted(random, ENDINGS);
        int ahead = ending == Ending.REFUSED_SHORT_NOTICE ? 5 + random.nextInt(MIN_NOTICE_DAYS - 6)
                : MIN_NOTICE_DAYS + 4 + random.nextInt(55);
        Story story = new Story(context, partner, submittedAt, ahead);
        InstanceHistory h = new InstanceHistory(context.model(JointEventProcess.KEY), context.ids(), Long.toString(story.id),
                submittedAt);
        h.pass(JointEventProcess.START);
        h.run(JointEventProcess.SERVICE_CHECK_EVENT_NOTICE, service(context));
        h.pass(JointEventProcess.GATEWAY_NOTICE_SUFFICIENT);
        if (ending == Ending.REFUSED_SHORT_NOTICE) {
            h.run(JointEventProcess.SERVICE_REFUSE_SHORT_NOTICE, service(context));
            h.end(JointEventProcess.END_EVENT_REFUSED_SHORT_NOTICE);
            story.state = JointEventState.REFUSED_SHORT_NOTICE;
            story.event(h.clock(), Staff.SYSTEM, Action.REFUSED_SHORT_NOTICE, null);
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
                    h.run(JointEventProcess.SERVICE_DECLINE_EVENT, service(context));
                    h.end(JointEventProcess.END_EVENT_DECLINED);
                    story.state = JointEventState.DECLINED;
                    story.event(h.clock(), partner.email, Action.DATE_DECLINED, null);
                    write(context, h, story);
                    return;
                }
                story.event(h.clock(), partner.email, Action.DATE_ACCEPTED, null);
                story.eventDate = story.proposedDate;
                review(context, h);
            }
            if (ending == Ending.REJECTED) {
                h.run(JointEventProcess.SERVICE_REJECT_EVENT, service(context));
                h.end(JointEventProcess.END_EVENT_REJECTED);
                story.state = JointEventState.REJECTED;
                story.reason = "Сотрудники вендора заняты в эти даты";
                story.event(h.clock(), MARKETING, Action.REJECTED, story.reason);
            } else {
                h.run(JointEventProcess.SERVICE_APPROVE_EVENT, service(context));
                story.state = JointEventState.APPROVED;
                story.staff = Vocabulary.pick(random, STAFF);
                story.event(h.clock(), MARKETING, Action.APPROVED, story.staff);
                h.waitUntil(JointEventProcess.TIMER_EVENT_REMINDER, story.eventStart() - REMINDER_BEFORE);
                h.run(JointEventProcess.SERVICE_REMIND_EVENT, service(context));
                h.end(JointEventProcess.END_EVENT_REMINDED);
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

    private static void write(GenerationContext context, InstanceHistory h, Story story) {
        h.write(context.out(), Instant::ofEpochMilli);
        context.count("historicActivities", h.activityCount());
        context.count("historicTasks", h.taskCount());
        story.write(context, h.id());
    }

    private static long service(GenerationContext context) {
        return context.between(3, 40);
    }

    /** Requests for events at least a month out, waiting for marketing's review or for the partner's answer to a new date. */
    private void startOpen(GenerationContext context, List<PlannedPartner> tiers, int open) {
        if (open > 0 && tiers.isEmpty()) {
            throw new IllegalStateException("Open joint events need tier partners: raise the partner count");
        }
        var engine = context.engine();
        NoOpDelegates.register();
        long now = context.now().toEpochMilli();
        try {
            for (int i = 0; i < open; i++) {
                PlannedPartner partner = tiers.get(context.random().nextInt(tiers.size()));
                boolean proposed = context.chance(0.25);
                long submittedAt = Math.max(partner.authorizedAt.toEpochMilli() + HOUR, now - context.between(10 * MINUTE, 6 * DAY));
                Story story = new Story(context, partner, submittedAt, MIN_NOTICE_DAYS + 4 + context.random().nextInt(55));
                Map<String, Object> variables = new HashMap<>();
                EVENT_ID.put(variables, story.id);
                PARTNER_ID.put(variables, partner.id);
                EngineClock.at(submittedAt);
                String pi = engine.getRuntimeService().startProcessInstanceByKey(JointEventProcess.KEY, Long.toString(story.id),
                        variables).getId();
                context.openSubject(pi, partner.id);
                if (proposed) {
                    long at = context.between(submittedAt + MINUTE, Math.max(submittedAt + 2 * MINUTE, now - MINUTE));
                    EngineClock.completeTask(engine.getTaskService(), pi, at, Map.of(DECISION.name(), Decision.PROPOSE_DATE.name()));
                    story.proposedDate = story.eventDate.plusDays(7 + context.random().nextInt(21));
                    story.state = JointEventState.DATE_PROPOSED;
                    story.event(at, MARKETING, Action.DATE_PROPOSED, story.proposedDate.toString());
                }
                story.write(context, pi);
                context.count("openTasks");
            }
        } finally {
            EngineClock.reset();
        }
    }
}
