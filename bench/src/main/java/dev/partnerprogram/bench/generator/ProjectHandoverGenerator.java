package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.ProjectHandoverProcess.ANSWER;
import static dev.partnerprogram.processes.ProjectHandoverProcess.ANSWER_DUE_AT;
import static dev.partnerprogram.processes.ProjectHandoverProcess.HANDOVER_ID;
import static dev.partnerprogram.processes.ProjectHandoverProcess.OFFERED;
import static dev.partnerprogram.processes.ProjectHandoverProcess.OFFERED_TO;

import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverOffer;
import dev.partnerprogram.handover.HandoverState;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.processes.ProjectHandoverProcess.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects a manager hands over to partners ({@code project-handover}): offered to two to four tier partners in turn,
 * each with five working days to answer; a decline or no answer moves the offer on, the first acceptance takes it,
 * and an offer nobody took ends unassigned. Open ones wait for the answer of the partner whose turn it is (after the
 * declines of those before it), its deadline ahead.
 */
final class ProjectHandoverGenerator extends AbstractProcessGenerator {

    /** As the application's default sales configuration. */
    private static final int ANSWER_WORKING_DAYS = 5;

    private static final List<String> TITLES = List.of("Внедрение Directum RX", "Сопровождение системы электронного архива",
            "Перевод договорной работы в СЭД", "Поддержка после внедрения", "Внедрение модуля «Совещания»");

    /** One partner's turn, on the absolute clock; a turn never reached stays waiting, without times. */
    private static final class Turn {
        final PlannedPartner partner;
        HandoverOffer.State state = HandoverOffer.State.WAITING;
        Long offeredAt;
        Long dueAt;
        Long answeredAt;
        String answeredBy;

        Turn(PlannedPartner partner) {
            this.partner = partner;
        }
    }

    ProjectHandoverGenerator() {
        super(ProjectHandoverProcess.KEY, "handover", 3);
        // Four turns of five working days each end within five weeks.
        spreadOver(35 * DAY);
        table("handover", "id", "title", "customer_name", "region", "kind", "state", "partner_id", "answer_due_at",
                "process_instance_id", "created_by", "created_at", "updated_at", "version");
        table("handover_offer", "id", "handover_id", "partner_id", "position", "state", "offered_at", "answer_due_at",
                "answered_at", "answered_by", "withdrawal_reason");
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        finishedThenOpen(context, finished, open, "Open handovers", (starts, partner, now) -> openOne(context, starts, partner, now));
    }

    /** {@code first} and one to three more tier partners that had joined by {@code at}, each once, in the order proposed. */
    private static List<Turn> proposed(GenerationContext context, PlannedPartner first, long at) {
        List<PlannedPartner> tiers = tierPartners(context);
        List<Turn> turns = new ArrayList<>(List.of(new Turn(first)));
        int wanted = 2 + context.random().nextInt(3);
        for (int attempt = 0; turns.size() < wanted && attempt < 8; attempt++) {
            PlannedPartner p = tiers.get(context.random().nextInt(tiers.size()));
            if (p.authorizedAt.toEpochMilli() < at && turns.stream().noneMatch(t -> t.partner.id == p.id)) {
                turns.add(new Turn(p));
            }
        }
        return turns;
    }

    /** What a handover's row draws at random, drawn when it is planned. */
    private record Handover(String title, String customer, HandoverKind kind) {
        Handover(GenerationContext context) {
            this(Vocabulary.pick(context.random(), TITLES), "АО «" + Vocabulary.companyName(context.random()) + "»",
                    HandoverKind.values()[context.random().nextInt(HandoverKind.values().length)]);
        }
    }

    private static void writeHandover(GenerationContext context, long id, Handover handover, PlannedPartner first, long createdAt,
                                      HandoverState state, PlannedPartner holder, Long answerDueAt, String processInstanceId,
                                      long updatedAt, List<Turn> turns) {
        context.out().row("handover", id, handover.title(), handover.customer(), first.region, handover.kind().name(), state.name(),
                holder == null ? null : holder.id, answerDueAt == null ? null : Instant.ofEpochMilli(answerDueAt),
                processInstanceId, Staff.MANAGER, Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt),
                (long) turns.stream().filter(t -> t.offeredAt != null).count());
        for (int position = 0; position < turns.size(); position++) {
            Turn t = turns.get(position);
            context.out().row("handover_offer", context.nextId("handover_offer"), id, t.partner.id, position, t.state.name(),
                    instant(t.offeredAt), instant(t.dueAt), instant(t.answeredAt), t.answeredBy, null);
        }
        context.count("handovers:" + state.name());
        context.count("handoverOffers", turns.size());
    }

    private static Instant instant(Long at) {
        return at == null ? null : Instant.ofEpochMilli(at);
    }

    @Override
    void writeFinished(GenerationContext context, PlannedPartner partner, long createdAt) {
        long id = context.nextId("handover");
        List<Turn> turns = proposed(context, partner, createdAt);
        // Three in four are taken, by one of the partners proposed; the rest nobody takes.
        int taker = context.chance(0.75) ? context.random().nextInt(turns.size()) : -1;
        InstanceHistory h = history(context, Long.toString(id), createdAt);
        h.pass(ProjectHandoverProcess.START);
        PlannedPartner holder = null;
        for (int position = 0; position < turns.size() && holder == null; position++) {
            Turn t = turns.get(position);
            h.pass(ProjectHandoverProcess.GATEWAY_NEXT_JOIN);
            h.run(ProjectHandoverProcess.SERVICE_OFFER_NEXT, service(context));
            h.pass(ProjectHandoverProcess.GATEWAY_OFFERED);
            t.state = HandoverOffer.State.OFFERED;
            t.offeredAt = h.clock();
            t.dueAt = WorkingDays.after(h.clock(), ANSWER_WORKING_DAYS);
            if (position == taker || context.chance(0.6)) {
                h.task(ProjectHandoverProcess.USER_ANSWER_OFFER, context.between(HOUR, t.dueAt - h.clock()), null);
                h.pass(ProjectHandoverProcess.GATEWAY_ANSWER);
                t.answeredAt = h.clock();
                t.answeredBy = t.partner.email;
                if (position == taker) {
                    t.state = HandoverOffer.State.ACCEPTED;
                    h.end(ProjectHandoverProcess.END_HANDOVER_ACCEPTED);
                    holder = t.partner;
                } else {
                    t.state = HandoverOffer.State.DECLINED;
                }
            } else {
                h.cancelledTask(ProjectHandoverProcess.USER_ANSWER_OFFER, t.dueAt - h.clock(), null);
                h.pass(ProjectHandoverProcess.TIMER_ANSWER_DUE);
                h.run(ProjectHandoverProcess.SERVICE_LAPSE_OFFER, service(context));
                t.state = HandoverOffer.State.LAPSED;
                t.answeredAt = h.clock();
            }
        }
        if (holder == null) {
            h.pass(ProjectHandoverProcess.GATEWAY_NEXT_JOIN);
            h.run(ProjectHandoverProcess.SERVICE_OFFER_NEXT, service(context));
            h.pass(ProjectHandoverProcess.GATEWAY_OFFERED);
            endThrough(context, h, ProjectHandoverProcess.SERVICE_CLOSE_UNASSIGNED, ProjectHandoverProcess.END_HANDOVER_UNASSIGNED);
        }
        writeHistory(context, h, Instant::ofEpochMilli);
        writeHandover(context, id, new Handover(context), partner, createdAt,
                holder == null ? HandoverState.UNASSIGNED : HandoverState.ACCEPTED,
                holder, null, h.id(), h.clock(), turns);
    }

    /** Offers waiting for the answer of the partner whose turn it is; those before it declined. */
    private void openOne(GenerationContext context, OpenStarts starts, PlannedPartner first, long now) {
        long offeredNow = now - context.between(10 * MINUTE, 4 * DAY);
        List<Turn> turns = proposed(context, first, offeredNow);
        int current = context.random().nextInt(Math.min(turns.size(), 2));
        // Each earlier turn was declined within a day, so the offer reached the current partner at offeredNow.
        long createdAt = Math.max(first.authorizedAt.toEpochMilli() + HOUR, offeredNow - current * DAY);
        long id = context.nextId("handover");
        Map<String, Object> variables = new HashMap<>();
        HANDOVER_ID.put(variables, id);
        Map<String, Object> startVariables = null;
        OpenStarts.EngineSteps declines = OpenStarts.EngineSteps.NONE;
        long at = createdAt;
        for (int position = 0; position <= current; position++) {
            Turn t = turns.get(position);
            t.state = HandoverOffer.State.OFFERED;
            t.offeredAt = at;
            t.dueAt = WorkingDays.after(at, ANSWER_WORKING_DAYS);
            OFFERED.put(variables, true);
            OFFERED_TO.put(variables, t.partner.id);
            ANSWER_DUE_AT.put(variables, Date.from(Instant.ofEpochMilli(t.dueAt)));
            if (position == 0) {
                startVariables = new HashMap<>(variables);
            } else {
                Turn before = turns.get(position - 1);
                before.state = HandoverOffer.State.DECLINED;
                before.answeredAt = at;
                before.answeredBy = before.partner.email;
                ANSWER.put(variables, Answer.DECLINE.name());
                // A copy: the engine completes the task later, on another thread, while the next turn changes these.
                declines = declines.then(OpenStarts.EngineSteps.completeTask(at, new HashMap<>(variables)));
            }
            at = Math.max(at + MINUTE, Math.min(offeredNow, at + DAY));
        }
        Turn holding = turns.get(current);
        Handover handover = new Handover(context);
        starts.start(processKey(), createdAt, id, holding.partner.id, startVariables, declines,
                pi -> writeHandover(context, id, handover, first, createdAt, HandoverState.OFFERED, holding.partner, holding.dueAt, pi,
                        holding.offeredAt, turns));
    }
}
